package org.pikir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.analysis.AnalysisRecords.RunStatus;
import org.pikir.analysis.AnalysisRecords.StoredAssignment;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consideration.ConsiderationService;
import org.pikir.consideration.Workspace;
import org.pikir.consultation.CommentAnalysis;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AnalysisServiceIntegrationTest {

    private static final String LETTER =
            "Мы против сокращения срока регистрации по месту пребывания. Трёх дней мало для "
                    + "трудовых мигрантов, которые работают без выходных. Просим оставить срок в десять рабочих дней.";

    @Autowired
    AnalysisService analysis;

    @Autowired
    LanguageDetector languages;

    @Autowired
    CommentService comments;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    ConsiderationQueries consideration;

    @Autowired
    ConsiderationService considerationService;

    @Autowired
    org.pikir.consultation.DraftLawService draftLaws;

    @Autowired
    org.pikir.petition.PetitionFixtures petitionFixtures;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void commentsSubmittedThroughTheConsultationEndUpAnalysedInPostgres() throws Exception {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "Analysis IT", 2);
        long article = fixtures.articleId(draft, 1);
        long[] ids = new long[5];
        for (int i = 0; i < 4; i++) {
            PikirUser citizen = accounts.citizen("KZ");
            String text = i == 3 ? LETTER + " Я сам работаю на стройке по двенадцать часов." : LETTER;
            ids[i] = TestUsers.as(citizen, () -> comments.submitComment(draft, article, text));
        }
        PikirUser other = accounts.citizen("KZ");
        ids[4] = TestUsers.as(
                other,
                () -> comments.submitComment(
                        draft,
                        article,
                        "Бұл бапта шетелдіктерге арналған мемлекеттік қызметтердің тізімі жоқ, оны қосу керек."));

        List<Map<String, Object>> rows = awaitRows(ids, 60_000);
        assertThat(rows).hasSize(5);
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put((String) r.get("item_id"), r));
        Object campaign = byId.get(Long.toString(ids[0])).get("campaign_key");
        assertThat(campaign).isNotNull();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> r = byId.get(Long.toString(ids[i]));
            assertThat(r.get("lang")).isEqualTo("ru");
            assertThat(r.get("campaign_key")).isEqualTo(campaign);
            assertThat(r.get("scope")).isEqualTo(CommentAnalysis.scope(draft).key());
            assertThat(r.get("topic_key")).isNotNull();
        }
        Map<String, Object> kk = byId.get(Long.toString(ids[4]));
        assertThat(kk.get("lang")).isEqualTo("kk");
        assertThat(kk.get("campaign_key")).isNull();
        assertThat(kk.get("topic_key")).isNotNull();

        // A full re-clustering in the background names the campaign and surfaces the added sentence.
        // Started by the drafting agency's official from the consideration workspace.
        long otherAgency =
                jdbc.queryForObject("select id from agency where country_code = 'UZ' order by id limit 1", Long.class);
        PikirUser stranger = accounts.official(otherAgency);
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> considerationService.recluster(draft)))
                .isInstanceOf(org.pikir.shared.DomainException.class);
        long run = TestUsers.as(official, () -> considerationService.recluster(draft));
        RunStatus status = AnalysisWaits.finished(analysis, run);
        assertThat(TestUsers.as(official, () -> considerationService.reclusterStatus(draft, run)))
                .isEqualTo(new ConsiderationService.ReclusterStatus(100, true, false));
        assertThat(status.status()).isEqualTo("DONE");
        assertThat(status.progress()).isEqualTo(100);
        var campaigns = analysis.campaigns(CommentAnalysis.scope(draft));
        assertThat(campaigns).hasSize(1);
        assertThat(campaigns.getFirst().size()).isEqualTo(4);
        assertThat(campaigns.getFirst().additions())
                .extracting(AnalysisRecords.Addition::text)
                .containsExactly("Я сам работаю на стройке по двенадцать часов.");
        assertThat(analysis.topics(CommentAnalysis.scope(draft))).isNotEmpty();
        assertThat(analysis.assignment(CommentAnalysis.item(ids[0])))
                .get()
                .satisfies(a -> assertThat(a.campaignKey()).isEqualTo("C1"));

        // The drafting agency's official sees the campaign in the consideration workspace, with the member that
        // added its own sentence flagged for its own look.
        var workspace = TestUsers.as(official, () -> consideration.workspace(draft, Workspace.Filter.NONE));
        var campaignGroup = workspace.groups().stream()
                .filter(g -> g.kind() == Workspace.GroupKind.CAMPAIGN)
                .findFirst()
                .orElseThrow();
        assertThat(campaignGroup.items())
                .extracting(Workspace.Item::id)
                .containsExactlyInAnyOrder(ids[0], ids[1], ids[2], ids[3]);
        assertThat(campaignGroup.items())
                .filteredOn(Workspace.Item::hasAdditions)
                .extracting(Workspace.Item::id)
                .containsExactly(ids[3]);
        assertThat(campaignGroup.additions()).isNotEmpty();
    }

    @Test
    void closingAConsultationReclustersItsCommentsInTheBackground() throws Exception {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "Analysis on close", 1);
        long article = fixtures.articleId(draft, 0);
        long[] ids = new long[3];
        for (int i = 0; i < ids.length; i++) {
            PikirUser citizen = accounts.citizen("KZ");
            ids[i] = TestUsers.as(citizen, () -> comments.submitComment(draft, article, LETTER));
        }
        assertThat(awaitRows(ids, 60_000)).hasSize(3);
        Scope scope = CommentAnalysis.scope(draft);
        Long runsBefore =
                jdbc.queryForObject("select count(*) from analysis_run where scope = ?", Long.class, scope.key());

        TestUsers.as(official, () -> {
            draftLaws.closeConsultation(draft);
            return null;
        });

        AnalysisWaits.until(
                "a finished run after closing",
                () -> jdbc.queryForObject(
                                "select count(*) from analysis_run where scope = ? and status = 'DONE'",
                                Long.class,
                                scope.key())
                        > runsBefore);
        RunStatus latest = analysis.latestRun(scope).orElseThrow();
        assertThat(latest.status()).isEqualTo("DONE");
        assertThat(latest.items()).isEqualTo(3);
        assertThat(analysis.campaigns(scope))
                .singleElement()
                .satisfies(c -> assertThat(c.size()).isEqualTo(3));
    }

    @Test
    void aReclusteringStartedInsideAnOpenTransactionCountsEveryItem() throws Exception {
        // An event listener starts re-clustering inside its own transaction and keeps it open for a while; the
        // background run must still see its run row (it used to update nothing and end DONE with 0 items).
        Scope scope = Scope.of("testopentx", System.nanoTime());
        for (int i = 0; i < 3; i++) {
            String text = "Please repair the lift in block " + i + " of our street, it has been broken for weeks";
            analysis.submit(new AnalysableText(
                    new ItemRef("test", "tx" + i),
                    scope,
                    text,
                    languages.detect(text),
                    Instant.parse("2026-05-01T10:00:00Z").plusSeconds(i)));
        }
        long run = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(s -> {
            long id = analysis.recluster(scope);
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return id;
        });
        RunStatus done = AnalysisWaits.finished(analysis, run);
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.items()).isEqualTo(3);
    }

    @Test
    void aScopeThatHasDoubledSinceItsTopicsWereFittedIsReclusteredInTheBackground() throws Exception {
        Scope scope = Scope.of("testgrowth", System.nanoTime());
        String[][] themes = {
            {"bus", "route", "airport", "morning", "schedule", "driver", "ticket", "stop", "timetable", "station"},
            {"hospital", "nurse", "doctor", "night", "shift", "ward", "medicine", "clinic", "patient", "surgery"}
        };
        for (int i = 0; i < AnalysisService.REFIT_MIN_ITEMS; i++) {
            String[] w = themes[i % 2];
            // Distinct texts (no form letter): four theme words in a different order and choice each time.
            String text = "Please improve the %s, the %s and the %s near the %s"
                    .formatted(w[i % 10], w[(i + 3) % 10], w[(i + 5) % 10], w[(i + 7) % 10]);
            analysis.submit(new AnalysableText(
                    new ItemRef("test", "g" + i),
                    scope,
                    text,
                    languages.detect(text),
                    Instant.parse("2026-05-01T10:00:00Z").plusSeconds(i)));
        }
        AnalysisWaits.until(
                "a refit over all items",
                () -> analysis.latestRun(scope)
                        .filter(r -> r.items() == AnalysisService.REFIT_MIN_ITEMS && !r.running())
                        .isPresent());
        RunStatus latest = analysis.latestRun(scope).orElseThrow();
        assertThat(latest.status()).isEqualTo("DONE");
        assertThat(latest.items()).isEqualTo(AnalysisService.REFIT_MIN_ITEMS);
        // Fitted on all twenty texts, the two themes are two topics, not the single topic of the first text.
        assertThat(analysis.topics(scope)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void petitionsAreAnalysedPerCountryOnceAModeratorMadeThemPublic() throws Exception {
        var agency = petitionFixtures.agency(org.pikir.country.CountryCode.KG, org.pikir.country.AgencyKind.MINISTRY);
        long pending = petitionFixtures.pending(
                org.pikir.country.CountryCode.KG, agency.getId(), "Pending bus lanes petition");
        long open = petitionFixtures.collecting(
                org.pikir.country.CountryCode.KG, agency.getId(), "Dedicated bus lanes on Chui avenue", 50);
        AnalysisWaits.until(
                "the petition analysed",
                () -> analysis.assignment(ItemRef.of("petition", open)).isPresent());
        assertThat(analysis.assignment(ItemRef.of("petition", open))).get().satisfies(a -> {
            assertThat(a.scope()).isEqualTo(Scope.of("petition", "KG"));
            assertThat(a.language().lang()).isEqualTo("en");
            assertThat(a.topicKey()).isNotNull();
        });
        assertThat(analysis.assignment(ItemRef.of("petition", pending))).isEmpty();
    }

    @Test
    void submitStoresTheGivenLanguageAndARedeliveryChangesNothing() {
        Scope scope = Scope.of("testscope", System.nanoTime());
        String text = "Bu qonun loyihasi fuqarolarning huquqlarini himoya qiladi";
        DetectedLanguage language = languages.detect(text);
        assertThat(language.lang()).isEqualTo("uz");
        assertThat(languages.detect("Мен бұл ұсынысқа толық қосыламын").lang()).isEqualTo("kk");
        AnalysableText submission = new AnalysableText(
                new ItemRef("petition", "p1"), scope, text, language, Instant.parse("2026-05-01T10:00:00Z"));
        StoredAssignment a = analysis.submit(submission);
        assertThat(a.language()).isEqualTo(language);
        assertThat(a.item()).isEqualTo(new ItemRef("petition", "p1"));
        Object analysedAt = jdbc.queryForObject(
                "select analysed_at from analysis_item where item_kind = 'petition' and item_id = 'p1'", Object.class);
        assertThat(analysis.assignment(new ItemRef("petition", "p1"))).get().satisfies(s -> {
            assertThat(s.scope()).isEqualTo(scope);
            assertThat(s.language().lang()).isEqualTo("uz");
        });

        // The same event delivered again (a resubmitted publication) changes nothing.
        StoredAssignment again = analysis.submit(submission);
        assertThat(again.campaignKey()).isEqualTo(a.campaignKey());
        assertThat(again.topicKey()).isEqualTo(a.topicKey());
        assertThat(jdbc.queryForObject(
                        "select analysed_at from analysis_item where item_kind = 'petition' and item_id = 'p1'",
                        Object.class))
                .isEqualTo(analysedAt);
        assertThat(analysis.assignments(scope)).hasSize(1);
    }

    private List<Map<String, Object>> awaitRows(long[] ids, long timeoutMs) throws InterruptedException {
        String in = String.join(
                ",", java.util.Arrays.stream(ids).mapToObj(id -> "'" + id + "'").toList());
        long end = System.currentTimeMillis() + timeoutMs;
        List<Map<String, Object>> rows;
        do {
            rows = jdbc.queryForList(
                    "select * from analysis_item where item_kind = 'comment' and item_id in (" + in + ")");
            if (rows.size() == ids.length) {
                return rows;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < end);
        return rows;
    }
}
