package org.pikir.consideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consideration.ConsiderationQueries.MyComment;
import org.pikir.consideration.ConsiderationQueries.Report;
import org.pikir.consideration.ConsiderationQueries.ReportRow;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.MutableClock;
import org.pikir.shared.TestUsers;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Revising a decision after the report is public: history kept, what the public sees, what is counted. */
@IntegrationTest
class ConsiderationRevisionTest {

    @Autowired
    ConsiderationService service;

    @Autowired
    ConsiderationQueries queries;

    @Autowired
    AccountabilityMetrics metrics;

    @Autowired
    ReportExport export;

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    ClusterFixtures clusters;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void aRevisionAfterTheReportIsPublicKeepsTheOldDecisionAndTheReportShowsOnlyTheNewOne() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Разрешите регистрацию через ЦОН.");
        long other = fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, "Статья 2 понятна.");
        TestUsers.signIn(draft.official());
        long first = service.decideComment(draft.id(), c, DecisionForm.of(Outcome.REJECTED, "ЦОН перегружен.", "ru"));
        TestUsers.signOut();
        fixtures.close(draft);
        assertThat(queries.report(draft.id()).rows())
                .singleElement()
                .satisfies(r -> assertThat(r.revised()).isFalse());

        TestUsers.signIn(draft.official());
        long second = service.decideComment(
                draft.id(),
                c,
                new DecisionForm(
                        Outcome.PARTIALLY_ACCEPTED, "Через ЦОН — с 2027 года.", "ru", List.of(), "Пересмотрено"));
        TestUsers.signOut();

        // the first decision is kept unchanged, the second points at it
        assertThat(jdbc.queryForMap(
                        "select outcome, reason, supersedes from consideration_decision where id = ?", first))
                .containsEntry("outcome", "REJECTED")
                .containsEntry("reason", "ЦОН перегружен.")
                .containsEntry("supersedes", null);
        assertThat(jdbc.queryForMap(
                        "select supersedes, revision_note from consideration_decision where id = ?", second))
                .containsEntry("supersedes", first)
                .containsEntry("revision_note", "Пересмотрено");
        Report report = queries.report(draft.id());
        assertThat(report.comments()).isEqualTo(2);
        assertThat(report.considered()).isEqualTo(1);
        assertThat(report.rows()).singleElement().satisfies(r -> {
            assertThat(r.decisionId()).isEqualTo(second);
            assertThat(r.outcome()).isEqualTo(Outcome.PARTIALLY_ACCEPTED);
            assertThat(r.reason()).isEqualTo("Через ЦОН — с 2027 года.");
            assertThat(r.comments()).isEqualTo(1);
            assertThat(r.revised()).isTrue();
        });
        assertThat(export.html(report, UiLanguage.EN))
                .contains("Partially accepted (revised)")
                .doesNotContain("ЦОН перегружен.");
        assertThat(export.csv(report, UiLanguage.EN))
                .contains("Через ЦОН — с 2027 года.")
                .doesNotContain("Rejected");
        assertThat(other).isNotEqualTo(c);
    }

    @Test
    void theCitizenSeesTheRevisedOutcomeAndIsToldAboutItAgain() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser author = accounts.citizen("KZ");
        long c = fixtures.comment(author, draft.id(), 2, "Третья статья должна упомянуть eGov.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), c, DecisionForm.of(Outcome.REJECTED, "eGov не входит в предмет.", "ru"));
        TestUsers.signOut();
        fixtures.closeAndPublishChanging(draft, 2);
        long changed = fixtures.articleOfVersion(draft.id(), 2, 2);

        clock.advance(Duration.ofDays(3));
        Instant revisedAt = clock.instant();
        TestUsers.signIn(draft.official());
        service.decideComment(
                draft.id(),
                c,
                new DecisionForm(Outcome.ACCEPTED, null, "ru", List.of(changed), "eGov добавлен во второй редакции"));

        TestUsers.signIn(author);
        MyComment mine = queries.myComments(0, 50).stream()
                .filter(m -> m.commentId() == c)
                .findFirst()
                .orElseThrow();
        assertThat(mine.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(mine.reason()).isNull();
        assertThat(mine.decidedAt()).isCloseTo(revisedAt, within(5, ChronoUnit.SECONDS));
        assertThat(mine.articles()).singleElement().satisfies(a -> {
            assertThat(a.articleId()).isEqualTo(changed);
            assertThat(a.number()).isEqualTo("3");
            assertThat(a.version()).isEqualTo(2);
        });
        assertThat(queries.decisionsOf(List.of(c)).get(c).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(jdbc.queryForList(
                        "select body_key from notification where account_id = ?"
                                + " and subject_key = 'consideration.notify.subject' order by id",
                        String.class,
                        author.accountId()))
                .containsExactly("consideration.notify.body.REJECTED", "consideration.notify.body.ACCEPTED");
    }

    @Test
    void aRevisionChangesTheOutcomeCountsButNeitherTheConsideredCountNorTheTimeToDecision() {
        Instant start = clock.instant();
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Продлите срок до 30 дней.");
        clock.advance(Duration.ofHours(10));
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), c, DecisionForm.of(Outcome.REJECTED, "Нет.", "ru"));
        clock.advance(Duration.ofHours(20));
        service.decideComment(
                draft.id(), c, new DecisionForm(Outcome.NOTED, "Учтём позже.", "kk", List.of(), "Смягчено"));
        TestUsers.signOut();

        Metrics m =
                metrics.compute(MetricsScope.draft(draft.id()), start.minusSeconds(60), start.plus(Duration.ofDays(5)));

        assertThat(m.comments()).isEqualTo(1);
        assertThat(m.considered()).isEqualTo(1);
        assertThat(m.outcomes()).isEqualTo(Map.of(Outcome.NOTED, 1L));
        assertThat(m.answerLanguages()).isEqualTo(Map.of("kk", 1L));
        // time to decision runs to the first decision, not to the revision
        assertThat(m.medianHoursToDecision()).isCloseTo(10.0, within(0.05));
        assertThat(m.trend().stream().mapToLong(Metrics.WeekPoint::decided).sum())
                .isEqualTo(1);
    }

    @Test
    void campaignAndTopicRevisionsNeedANoteAndARefusedRevisionChangesNothing() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        String letter = "Требуем отменить штраф.";
        long m1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, letter);
        long m2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, letter);
        long t1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, "Штраф несоразмерен.");
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster("C1", letter, List.of(m1, m2), List.of(), Set.of(), null)),
                        List.of(new CommentClusters.TopicCluster("T1", "штрафы", List.of(t1)))));
        TestUsers.signIn(draft.official());
        long campaign =
                service.decideCampaign(draft.id(), "C1", DecisionForm.of(Outcome.REJECTED, "Штраф нужен.", "ru"));
        long topic = service.decideTopic(draft.id(), "T1", DecisionForm.of(Outcome.NOTED, "Рассмотрим.", "ru"));
        int auditBefore = auditCount(draft);

        for (String note : new String[] {null, "", "   "}) {
            DecisionForm revision = new DecisionForm(Outcome.ACCEPTED, null, "ru", List.of(), note);
            assertThatThrownBy(() -> service.decideCampaign(draft.id(), "C1", revision))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors().get("revisionNote").key())
                                    .isEqualTo("consideration.error.revisionNoteRequired"));
            assertThatThrownBy(() -> service.decideTopic(draft.id(), "T1", revision))
                    .isInstanceOf(InvalidInputException.class);
        }

        assertThat(auditCount(draft)).isEqualTo(auditBefore);
        assertThat(jdbc.queryForList(
                        "select decision_id from comment_decision where comment_id in (?, ?)", Long.class, m1, m2))
                .containsOnly(campaign);
        assertThat(jdbc.queryForObject("select decision_id from comment_decision where comment_id = ?", Long.class, t1))
                .isEqualTo(topic);
        assertThat(jdbc.queryForObject(
                        "select count(*) from consideration_decision where draft_id = ?", Integer.class, draft.id()))
                .isEqualTo(2);
    }

    @Test
    void aCampaignRevisionIsAuditedForTheGroupAndForEveryMemberWithBeforeAndAfter() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        String letter = "Верните бумажные бланки.";
        long m1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, letter);
        long m2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, letter);
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster("C1", letter, List.of(m1, m2), List.of(), Set.of(), null)),
                        List.of()));
        TestUsers.signIn(draft.official());
        long first =
                service.decideCampaign(draft.id(), "C1", DecisionForm.of(Outcome.REJECTED, "Только онлайн.", "ru"));
        long second = service.decideCampaign(
                draft.id(),
                "C1",
                new DecisionForm(Outcome.PARTIALLY_ACCEPTED, "Бланки в ЦОН.", "ru", List.of(), "Для пожилых"));

        Map<String, Object> group = jdbc.queryForMap(
                "select action, actor_id, before, after from consideration_audit where decision_id = ? and comment_id is null",
                second);
        assertThat(group.get("action")).isEqualTo("REVISED");
        assertThat(group.get("actor_id")).isEqualTo(draft.official().accountId());
        assertThat(group.get("before")).isEqualTo("CAMPAIGN C1: REJECTED — Только онлайн.");
        assertThat(group.get("after")).isEqualTo("CAMPAIGN C1: PARTIALLY_ACCEPTED — Бланки в ЦОН. (Для пожилых)");
        for (long member : List.of(m1, m2)) {
            assertThat(jdbc.queryForMap(
                            "select before, after from consideration_audit where comment_id = ? and decision_id = ?",
                            member,
                            second))
                    .containsEntry("before", "REJECTED via CAMPAIGN #" + first)
                    .containsEntry("after", "PARTIALLY_ACCEPTED via CAMPAIGN #" + second);
        }
        assertThat(queries.auditTrail(draft.id(), 0, 10))
                .extracting(ConsiderationQueries.AuditEntry::action)
                .containsExactly("CASCADED", "CASCADED", "REVISED", "CASCADED", "CASCADED", "DECIDED");
    }

    @Test
    void aSecondRevisionSupersedesTheFirstRevisionNotTheOriginal() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Переведите форму на узбекский.");
        TestUsers.signIn(draft.official());
        long d1 = service.decideComment(draft.id(), c, DecisionForm.of(Outcome.REJECTED, "Нет бюджета.", "ru"));
        long d2 = service.decideComment(
                draft.id(), c, new DecisionForm(Outcome.NOTED, "Рассмотрим.", "ru", List.of(), "Бюджет найден"));
        long d3 = service.decideComment(
                draft.id(), c, new DecisionForm(Outcome.ACCEPTED, null, "uz", List.of(), "Перевод готов"));

        assertThat(jdbc.queryForObject("select supersedes from consideration_decision where id = ?", Long.class, d2))
                .isEqualTo(d1);
        assertThat(jdbc.queryForObject("select supersedes from consideration_decision where id = ?", Long.class, d3))
                .isEqualTo(d2);
        assertThat(jdbc.queryForObject("select decision_id from comment_decision where comment_id = ?", Long.class, c))
                .isEqualTo(d3);
        assertThat(jdbc.queryForList(
                        "select action from consideration_audit where comment_id = ? order by id", String.class, c))
                .containsExactly("DECIDED", "REVISED", "REVISED");
        TestUsers.signOut();
        fixtures.close(draft);
        List<ReportRow> rows = queries.report(draft.id()).rows();
        assertThat(rows).extracting(ReportRow::decisionId).containsExactly(d3);
    }

    private int auditCount(Draft draft) {
        return jdbc.queryForObject(
                "select count(*) from consideration_audit where draft_id = ?", Integer.class, draft.id());
    }
}
