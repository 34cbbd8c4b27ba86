package org.pikir.consideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consultation.CommentService;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.MutableClock;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's figures after each kind of decision, per scope, and without hidden comments. */
@IntegrationTest
class AccountabilityDashboardTest {

    @Autowired
    AccountabilityMetrics metrics;

    @Autowired
    ConsiderationService service;

    @Autowired
    ConsiderationQueries queries;

    @Autowired
    CommentService comments;

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    ClusterFixtures clusters;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void everyKindOfDecisionIsCountedUnderItsOutcomeAndUndecidedCommentsAreNot() {
        Instant start = clock.instant();
        Draft draft = fixtures.openDraft("KZ", "MVD");
        Map<Outcome, Long> commentOf = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            commentOf.put(
                    outcome,
                    fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Предложение для исхода " + outcome));
        }
        fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, "Этот комментарий ещё не рассмотрен.");
        TestUsers.signIn(draft.official());
        Metrics before = figures(draft, start);
        assertThat(before.considered()).isZero();
        assertThat(before.outcomes()).isEmpty();

        List<String> languages = List.of("ru", "kk", "en", "ru", "ru");
        int i = 0;
        for (Outcome outcome : Outcome.values()) {
            service.decideComment(
                    draft.id(), commentOf.get(outcome), DecisionForm.of(outcome, "Обоснование", languages.get(i++)));
        }

        Metrics m = figures(draft, start);
        assertThat(m.comments()).isEqualTo(6);
        assertThat(m.considered()).isEqualTo(5);
        assertThat(m.distinctTexts()).isEqualTo(6);
        assertThat(m.distinctConsidered()).isEqualTo(5);
        assertThat(m.outcomes())
                .containsOnlyKeys(Outcome.values())
                .allSatisfy((outcome, count) -> assertThat(count).isEqualTo(1L));
        assertThat(m.answerLanguages()).containsExactly(Map.entry("ru", 3L), Map.entry("en", 1L), Map.entry("kk", 1L));
        assertThat(Metrics.share(m.considered(), m.comments())).isEqualTo(5.0 / 6);
    }

    @Test
    void aCampaignDecisionCountsEveryMemberAsConsideredButItsTextAndItsAnswerOnce() {
        Instant start = clock.instant();
        Draft draft = fixtures.openDraft("KZ", "MVD");
        String letter = "Мы против повышения пошлины за патент.";
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(fixtures.comment(
                    accounts.citizen("KZ"), draft.id(), 0, i % 2 == 0 ? letter : letter.toUpperCase()));
        }
        fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Отдельный комментарий к статье 3.");
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster("C1", letter, members, List.of(), Set.of(), null)), List.of()));
        TestUsers.signIn(draft.official());

        service.decideCampaign(draft.id(), "C1", DecisionForm.of(Outcome.REJECTED, "Пошлина не меняется.", "kk"));

        Metrics m = figures(draft, start);
        assertThat(m.comments()).isEqualTo(5);
        assertThat(m.considered()).isEqualTo(4);
        assertThat(m.distinctTexts()).isEqualTo(2); // case does not make a text distinct
        assertThat(m.distinctConsidered()).isEqualTo(1);
        assertThat(m.outcomes()).isEqualTo(Map.of(Outcome.REJECTED, 4L));
        assertThat(m.answerLanguages()).isEqualTo(Map.of("kk", 1L)); // one answer for the whole campaign
        assertThat(m.campaigns()).isEqualTo(1);
        assertThat(m.campaignComments()).isEqualTo(4);
    }

    @Test
    void countryAndAgencyScopesCountOnlyTheirOwnDrafts() {
        Instant from = clock.instant().minusSeconds(60);
        Instant to = clock.instant().plus(Duration.ofDays(1));
        Draft kg = fixtures.openDraft("KG", "MVD");
        MetricsScope kgCountry = MetricsScope.country(CountryCode.KG);
        MetricsScope kzCountry = MetricsScope.country(CountryCode.KZ);
        MetricsScope kgAgency = MetricsScope.agency(kg.agencyId());
        Metrics kgBefore = metrics.compute(kgCountry, from, to);
        Metrics kzBefore = metrics.compute(kzCountry, from, to);
        Metrics agencyBefore = metrics.compute(kgAgency, from, to);
        Metrics allBefore = metrics.compute(MetricsScope.all(), from, to);

        PikirUser citizen = accounts.citizen("KG");
        long c1 = fixtures.comment(citizen, kg.id(), 0, "Каттоо мөөнөтүн узартыңыз.");
        fixtures.comment(citizen, kg.id(), 1, "Экинчи берене түшүнүксүз.");
        TestUsers.signIn(kg.official());
        service.decideComment(kg.id(), c1, DecisionForm.of(Outcome.ACCEPTED, null, "ky"));

        Metrics kgAfter = metrics.compute(kgCountry, from, to);
        Metrics agencyAfter = metrics.compute(kgAgency, from, to);
        Metrics allAfter = metrics.compute(MetricsScope.all(), from, to);
        assertThat(kgAfter.comments() - kgBefore.comments()).isEqualTo(2);
        assertThat(kgAfter.considered() - kgBefore.considered()).isEqualTo(1);
        assertThat(kgAfter.answerLanguages().getOrDefault("ky", 0L)
                        - kgBefore.answerLanguages().getOrDefault("ky", 0L))
                .isEqualTo(1);
        assertThat(agencyAfter.comments() - agencyBefore.comments()).isEqualTo(2);
        assertThat(allAfter.comments() - allBefore.comments()).isEqualTo(2);
        Metrics kzAfter = metrics.compute(kzCountry, from, to);
        assertThat(kzAfter.comments()).isEqualTo(kzBefore.comments());
        assertThat(kzAfter.considered()).isEqualTo(kzBefore.considered());
        assertThat(metrics.compute(MetricsScope.draft(kg.id()), from, to).comments())
                .isEqualTo(2);
    }

    @Test
    void aHiddenCommentDropsOutOfTheFiguresTheRedFlagsAndTheReport() {
        Instant start = clock.instant();
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long kept = fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Статья 3: добавьте сроки.");
        long hidden = fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Статья 3: оскорбительный текст.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), kept, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        service.decideComment(draft.id(), hidden, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        fixtures.closeAndPublishChanging(draft, 0);
        assertThat(figures(draft, start).redFlags())
                .extracting(Metrics.RedFlag::commentId)
                .containsExactly(kept, hidden);

        TestUsers.as(accounts.moderator(CountryCode.KZ), () -> {
            comments.hideComment(hidden, "Нарушение правил");
            return null;
        });

        Metrics m = figures(draft, start);
        assertThat(m.comments()).isEqualTo(1);
        assertThat(m.considered()).isEqualTo(1);
        assertThat(m.outcomes()).isEqualTo(Map.of(Outcome.ACCEPTED, 1L));
        assertThat(m.redFlags()).extracting(Metrics.RedFlag::commentId).containsExactly(kept);
        ConsiderationQueries.Report report = queries.report(draft.id());
        assertThat(report.comments()).isEqualTo(1);
        assertThat(report.considered()).isEqualTo(1);
        assertThat(report.rows())
                .extracting(ConsiderationQueries.ReportRow::comments)
                .containsExactly(1L);
    }

    @Test
    void decidedBeforeTheNextVersionCountsOnlyDecisionsTakenBeforeItWasPublished() {
        Instant start = clock.instant();
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long early = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Рано рассмотренный.");
        long late = fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, "Поздно рассмотренный.");
        fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Не рассмотренный.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), early, DecisionForm.of(Outcome.NOTED, "Учтено.", "ru"));
        fixtures.closeAndPublishChanging(draft, 1);
        service.decideComment(draft.id(), late, DecisionForm.of(Outcome.REJECTED, "Поздно.", "ru"));
        // revising the early decision after publication does not make it late
        service.decideComment(
                draft.id(), early, new DecisionForm(Outcome.REJECTED, "Пересмотрено.", "ru", List.of(), "Ошибка"));

        Metrics m = figures(draft, start);
        assertThat(m.withNextVersion()).isEqualTo(3);
        assertThat(m.decidedBeforeNextVersion()).isEqualTo(1);
        assertThat(m.outcomes()).isEqualTo(Map.of(Outcome.REJECTED, 2L));
    }

    private Metrics figures(Draft draft, Instant start) {
        return metrics.compute(MetricsScope.draft(draft.id()), start.minusSeconds(60), start.plus(Duration.ofDays(30)));
    }
}
