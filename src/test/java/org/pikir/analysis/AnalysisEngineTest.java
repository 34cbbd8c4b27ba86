package org.pikir.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisEngineTest {

  private static AnalysisEngine engine;

  private static final String LETTER = "Мы против повышения тарифов на воду в нашем городе. Новые тарифы ударят по "
      + "пенсионерам и многодетным семьям. Просим сохранить действующие тарифы до конца года.";

  @BeforeAll
  static void setUp() {
    engine = new AnalysisEngine(LanguageIdentifier.createDefault(), new AnalyzerRegistry());
  }

  @Test
  void batchThenOnlineAssignment() {
    List<TextItem> items = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      items.add(new TextItem("l" + i, LETTER, null));
    }
    items.add(new TextItem("k1", "Біздің ауылда жол жөндеу жұмыстары әлі басталған жоқ", null));
    items.add(new TextItem("e1", "The bus stop on our street has no shelter from the rain", null));
    List<Integer> progress = new ArrayList<>();
    ScopeAnalysis a = engine.analyze(items, true, progress::add);
    assertEquals(List.of(0, 30, 60, 90, 100), progress);
    assertEquals(1, a.campaigns().size());
    assertEquals(12, a.assignments().size());
    Assignment first = a.assignments().get(0);
    assertEquals("ru", first.language().lang());
    assertEquals("C1", first.campaignId());
    assertNotNull(first.topicId());
    assertEquals("kk", a.assignments().get(10).language().lang());
    assertNull(a.assignments().get(10).campaignId());

    Assignment late = a.index().assign(new TextItem("late", LETTER + " Я пенсионер и плачу уже сейчас слишком много.", null));
    assertEquals("C1", late.campaignId());
    assertEquals(first.topicId(), late.topicId());
    Assignment other = a.index().assign(new TextItem("o1", "Көшедегі шамдар түнде жанбайды, қараңғы", null));
    assertNull(other.campaignId());
    assertNotNull(other.topicId());
    // A second copy of a new text forms a provisional campaign with the first.
    Assignment again = a.index().assign(new TextItem("o2", "Көшедегі шамдар түнде жанбайды, қараңғы", null));
    assertTrue(again.campaignId().startsWith("N"), again.campaignId());
    assertEquals(15, a.index().size());
  }
}
