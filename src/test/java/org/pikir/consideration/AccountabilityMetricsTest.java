package org.pikir.consideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.MutableClock;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's SQL against a small fixture whose figures were counted by hand (see the comments).
 */
@IntegrationTest
class AccountabilityMetricsTest {

    @Autowired
    AccountabilityMetrics metrics;

    @Autowired
    ConsiderationService service;

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

    @Autowired
    CampaignCounts campaignCounts;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void figuresMatchTheHandCountedFixture() {
        Instant start = clock.instant();
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser u1 = accounts.citizen("KZ");
        PikirUser u2 = accounts.citizen("KZ");
        PikirUser u3 = accounts.citizen("KZ");
        // six comments on version 1; c1 and c2 are the same text (case and spaces differ): 5 distinct texts
        long c1 = fixtures.comment(u1, draft.id(), 0, "Срок регистрации нужно продлить до пятнадцати дней.");
        long c2 = fixtures.comment(u2, draft.id(), 0, "срок регистрации  нужно продлить до пятнадцати дней.");
        long c3 = fixtures.comment(u3, draft.id(), 1, "Статью второй нужно переписать понятным языком.");
        long c4 = fixtures.comment(u1, draft.id(), 2, "Третья статья должна упомянуть электронную подачу.");
        long c5 = fixtures.comment(u2, draft.id(), null, "В целом законопроект полезен для трудовых мигрантов.");
        long c6 = fixtures.comment(u3, draft.id(), 1, "Во второй статье не хватает сроков рассмотрения заявления.");
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster(
                                "C1",
                                "Срок регистрации нужно продлить до пятнадцати дней.",
                                List.of(c1, c2),
                                List.of(),
                                Set.of(),
                                null)),
                        List.of()));

        // +10 h: c1 rejected (ru), c3 accepted without link (en)
        clock.advance(Duration.ofHours(10));
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), c1, DecisionForm.of(Outcome.REJECTED, "Три дня достаточно", "ru"));
        service.decideComment(draft.id(), c3, DecisionForm.of(Outcome.ACCEPTED, null, "en"));
        // +20 h: c4 accepted without link (kk), then version 2 changes only article 2
        clock.advance(Duration.ofHours(10));
        service.decideComment(draft.id(), c4, DecisionForm.of(Outcome.ACCEPTED, null, "kk"));
        fixtures.closeAndPublishChanging(draft, 1);
        TestUsers.signIn(draft.official());
        // +40 h: c5 noted (ru), c6 accepted with a link to the changed article 2 of version 2 (ru)
        clock.advance(Duration.ofHours(20));
        service.decideComment(draft.id(), c5, DecisionForm.of(Outcome.NOTED, "Спасибо", "ru"));
        long changed = fixtures.articleOfVersion(draft.id(), 2, 1);
        service.decideComment(
                draft.id(), c6, new DecisionForm(Outcome.ACCEPTED, "Сроки добавлены", "ru", List.of(changed), null));
        TestUsers.signOut();

        Metrics m = metrics.compute(
                MetricsScope.draft(draft.id()), start.minusSeconds(60), start.plus(Duration.ofDays(30)));

        assertThat(m.comments()).isEqualTo(6);
        assertThat(m.considered()).isEqualTo(5); // all but c2
        assertThat(m.distinctTexts()).isEqualTo(5);
        assertThat(m.distinctConsidered()).isEqualTo(5); // c1 carries the text c2 shares
        assertThat(m.outcomes()).isEqualTo(Map.of(Outcome.REJECTED, 1L, Outcome.ACCEPTED, 3L, Outcome.NOTED, 1L));
        // times to decision: 10, 10, 20, 40, 40 h → median 20 h, p90 (continuous) 40 h
        assertThat(m.medianHoursToDecision()).isCloseTo(20.0, within(0.05));
        assertThat(m.p90HoursToDecision()).isCloseTo(40.0, within(0.05));
        assertThat(m.withNextVersion()).isEqualTo(6);
        assertThat(m.decidedBeforeNextVersion()).isEqualTo(3); // c1, c3, c4
        // accepted: c3 (article 2 changed), c4 (article 3 unchanged: red flag), c6 (linked to changed article 2)
        assertThat(m.acceptedWithNextVersion()).isEqualTo(3);
        assertThat(m.acceptedReflected()).isEqualTo(2);
        assertThat(m.redFlags()).extracting(Metrics.RedFlag::commentId).containsExactly(c4);
        assertThat(m.redFlags().getFirst().articleNumber()).isEqualTo("3");
        assertThat(m.campaigns()).isEqualTo(1);
        assertThat(m.campaignComments()).isEqualTo(2);
        assertThat(m.answerLanguages()).isEqualTo(Map.of("ru", 3L, "en", 1L, "kk", 1L));
        Map<String, Long> stored = new TreeMap<>();
        jdbc.queryForList("select language from consultation_comment where draft_id = ?", String.class, draft.id())
                .forEach(l -> stored.merge(l, 1L, Long::sum));
        assertThat(new TreeMap<>(m.commentLanguages())).isEqualTo(stored);
        assertThat(m.trend().stream().mapToLong(Metrics.WeekPoint::comments).sum())
                .isEqualTo(6);
        assertThat(m.trend().stream().mapToLong(Metrics.WeekPoint::decided).sum())
                .isEqualTo(5);

        // a period that starts after the comments counts nothing
        Metrics later = metrics.compute(
                MetricsScope.draft(draft.id()), clock.instant(), clock.instant().plus(Duration.ofDays(1)));
        assertThat(later.comments()).isZero();
        assertThat(later.medianHoursToDecision()).isNull();
        assertThat(later.redFlags()).isEmpty();
    }

    @Test
    void campaignsAreCountedInScopesLargerThanOneStatementsParameterLimit() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Срок регистрации нужно продлить.");
        long c2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Срок регистрации нужно продлить!");
        long c3 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, "Другая статья требует ясности.");
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster(
                                "C1", "Срок регистрации нужно продлить.", List.of(c1, c2), List.of(), Set.of(), null)),
                        List.of()));
        // 70,000 ids (PostgreSQL takes at most 65,535 parameters in one statement): the three comments come last,
        // after ids of comments that do not exist, so a query over only the first chunk would miss them
        List<Long> ids = new java.util.ArrayList<>();
        for (long i = 0; i < 69_997; i++) {
            ids.add(-1 - i);
        }
        ids.addAll(List.of(c3, c1, c2));

        CampaignCounts.Counts counts = campaignCounts.count(MetricsScope.draft(draft.id()), ids);

        assertThat(counts).isEqualTo(new CampaignCounts.Counts(1, 2));
    }
}
