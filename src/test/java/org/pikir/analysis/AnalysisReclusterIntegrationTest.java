package org.pikir.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pikir.analysis.AnalysisRecords.RunStatus;
import org.pikir.analysis.engine.Assignment;
import org.pikir.analysis.engine.TextItem;
import org.pikir.analysis.service.AnalysisStore;
import org.pikir.shared.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The batch path against PostgreSQL: streamed read, COPY-based write, idempotent re-runs. */
@IntegrationTest
class AnalysisReclusterIntegrationTest {

    private static final String LETTER = "Мы против повышения тарифов на воду в нашем городе. Новые тарифы ударят по "
            + "пенсионерам и многодетным семьям. Просим сохранить действующие тарифы до конца года.";

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

    @Autowired
    AnalysisService analysis;

    @Autowired
    AnalysisStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    LanguageDetector languages;

    @Test
    void reclusterWritesEveryItemAndARerunChangesNothing() throws Exception {
        Scope scope = Scope.of("batchit", System.nanoTime());
        String[] others = {
            "Біздің ауылда жол жөндеу жұмыстары әлі басталған жоқ, көктемде бітеді деп уәде берген еді",
            "The bus stop on our street has no shelter from the rain and the snow",
            "Прошу отремонтировать детскую площадку во дворе дома номер семь",
        };
        for (int i = 0; i < 40; i++) {
            String text = i % 2 == 0 ? LETTER : others[i % 3] + " " + i;
            // Ids with a tab and a backslash check the COPY escaping.
            String id = i == 9 ? "tab\tand\\slash" : "c" + i;
            // As a feature does: the language is detected once, at submission, and stored with the text.
            DetectedLanguage language = languages.detect(text);
            Assignment placeholder = new Assignment(id, language, null, null);
            tx.executeWithoutResult(s -> store.upsert(
                    new AnalysableText(new ItemRef("comment", id), scope, text, language, T0.plusSeconds(60)),
                    placeholder,
                    T0));
        }

        RunStatus first = AnalysisWaits.finished(analysis, analysis.recluster(scope));
        assertThat(first.status()).isEqualTo("DONE");
        assertThat(first.progress()).isEqualTo(100);
        assertThat(first.items()).isEqualTo(40);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select item_id, lang, campaign_key, topic_key, analysed_at from analysis_item where scope = ? order by item_id",
                scope.key());
        assertThat(rows).hasSize(40).allSatisfy(r -> {
            assertThat(r.get("lang")).isNotEqualTo("und");
            assertThat(r.get("topic_key")).isNotNull();
        });
        assertThat(analysis.assignment(new ItemRef("comment", "tab\tand\\slash")))
                .get()
                .satisfies(a -> assertThat(a.language().lang()).isEqualTo("kk"));
        assertThat(analysis.assignment(new ItemRef("comment", "c0"))).get().satisfies(a -> {
            assertThat(a.language().lang()).isEqualTo("ru");
            assertThat(a.campaignKey()).isEqualTo("C1");
        });
        assertThat(analysis.campaigns(scope).getFirst().size()).isEqualTo(20);

        // Results are deterministic: a second run finds every stored result already right and rewrites none.
        RunStatus second = AnalysisWaits.finished(analysis, analysis.recluster(scope));
        assertThat(second.status()).isEqualTo("DONE");
        List<Map<String, Object>> again = jdbc.queryForList(
                "select item_id, lang, campaign_key, topic_key, analysed_at from analysis_item where scope = ? order by item_id",
                scope.key());
        assertThat(again).isEqualTo(rows);
    }

    @Test
    void reclusteringKeepsTheLanguageDetectedAtSubmission() throws Exception {
        Scope scope = Scope.of("batchit", System.nanoTime());
        DetectedLanguage submitted = new DetectedLanguage(org.pikir.shared.LanguageCode.KY, 0.61, false);
        for (int i = 0; i < 3; i++) {
            String id = "k" + i;
            tx.executeWithoutResult(s -> store.upsert(
                    new AnalysableText(new ItemRef("comment", id), scope, LETTER, submitted, T0),
                    new Assignment(id, submitted, null, null),
                    T0));
        }
        AnalysisWaits.finished(analysis, analysis.recluster(scope));
        // The letter is Russian, but detection happened once, at submission; the engine does not detect again.
        assertThat(analysis.assignments(scope)).hasSize(3).allSatisfy(a -> {
            assertThat(a.language().code()).isEqualTo(org.pikir.shared.LanguageCode.KY);
            assertThat(a.language().confidence()).isCloseTo(0.61, org.assertj.core.data.Offset.offset(0.001));
        });
    }

    @Test
    void itemsOfAScopeShareIdenticalTexts() {
        Scope scope = Scope.of("batchitshare", System.nanoTime());
        for (int i = 0; i < 3; i++) {
            String id = "s" + i;
            tx.executeWithoutResult(s -> store.upsert(
                    new AnalysableText(new ItemRef("comment", id), scope, LETTER, DetectedLanguage.undetermined(), T0),
                    new Assignment(id, DetectedLanguage.undetermined(), null, null),
                    T0));
        }
        List<TextItem> items = tx.execute(s -> store.items(scope, n -> {}));
        assertThat(items).extracting(TextItem::id).containsExactly("comment:s0", "comment:s1", "comment:s2");
        assertThat(items.get(1).text()).isSameAs(items.get(0).text());
        assertThat(store.count(scope)).isEqualTo(3);
    }
}
