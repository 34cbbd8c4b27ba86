package org.pikir.analysis.engine;

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
    void aTopicModelWrittenAndReadBackPlacesEveryTextInTheSameTopic() {
        List<TextItem> items = org.pikir.analysis.bench.SyntheticCorpus.generate(3_000, 5);
        ScopeAnalysis a = engine.analyze(items, false, p -> {});
        TopicModel original = a.topicModel();
        byte[] bytes = engine.writeTopicModel(original);
        TopicModel read = engine.readTopicModel(bytes);
        assertEquals(original.topics(), read.topics());
        assertTrue(original.topics().size() >= 2, original.topics().toString());
        int placed = 0;
        for (TextItem it : items) {
            String topic = original.assign(it.text(), "ru");
            assertEquals(topic, read.assign(it.text(), "ru"), it.text());
            placed += topic != null ? 1 : 0;
        }
        assertTrue(placed > 2_000, "texts placed in a topic: " + placed);
        assertEquals(
                original.assign("новый текст про тарифы на воду", "ru"),
                read.assign("новый текст про тарифы на воду", "ru"));
        assertNull(TopicModel.empty().assign("что угодно", "ru"));
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
        assertEquals(0, progress.get(0));
        assertEquals(100, progress.get(progress.size() - 1));
        assertTrue(progress.containsAll(List.of(30, 60, 90)), progress.toString());
        assertEquals(1, a.campaigns().size());
        assertEquals(12, a.assignments().size());
        Assignment first = a.assignments().get(0);
        assertEquals("ru", first.language().lang());
        assertEquals("C1", first.campaignId());
        assertNotNull(first.topicId());
        assertEquals("kk", a.assignments().get(10).language().lang());
        assertNull(a.assignments().get(10).campaignId());

        Assignment late =
                a.index().assign(new TextItem("late", LETTER + " Я пенсионер и плачу уже сейчас слишком много.", null));
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

    @Test
    void progressRisesStepByStepWithinLongStages() {
        List<TextItem> items = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            items.add(new TextItem(
                    "i" + i,
                    i % 4 == 0 ? LETTER : "Жалоба номер " + i + " на ремонт дороги возле дома " + (i * 7),
                    null));
        }
        List<Integer> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        engine.analyze(items, false, progress::add);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), progress.toString());
        }
        assertEquals(100, progress.get(progress.size() - 1));
        // Language detection reports as it goes, not only when the stage ends.
        assertTrue(progress.stream().filter(v -> v > 0 && v < 30).count() >= 10, progress.toString());
        assertTrue(progress.stream().anyMatch(v -> v > 30 && v < 60), progress.toString());
        assertTrue(progress.stream().anyMatch(v -> v > 60 && v < 90), progress.toString());
    }

    @Test
    void sameInputGivesTheSameResult() {
        List<TextItem> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            items.add(new TextItem(
                    "i" + i,
                    i % 3 == 0
                            ? LETTER + " Дом " + (i % 5)
                            : "Прошу отремонтировать дорогу номер " + i
                                    + (i % 2 == 0 ? ", Біздің ауылда жол жоқ" : " The bus stop has no shelter"),
                    null));
        }
        ScopeAnalysis a = engine.analyze(items, false, p -> {});
        ScopeAnalysis b = engine.analyze(items, false, p -> {});
        assertEquals(a.assignments(), b.assignments());
        assertEquals(a.campaigns(), b.campaigns());
        assertEquals(a.topics(), b.topics());
    }
}
