package org.pikir.consideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consideration.Metrics.RedFlag;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Red flags of the dashboard: (partly) accepted comments whose article did not change in the next version. */
@IntegrationTest
class RedFlagsTest {

    @Autowired
    ConsiderationService service;

    @Autowired
    AccountabilityMetrics metrics;

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    ClusterFixtures clusters;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    org.pikir.shared.MutableClock clock;

    private Instant start;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void acceptancesWhoseArticleStayedTheSameAreRedFlagsRejectionsAndChangedArticlesAreNot() {
        Draft draft = draft();
        long onChanged = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Статья 1: уберите сбор.");
        long partly = fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, "Статья 2: добавьте срок.");
        long rejected = fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Статья 3: отмените.");
        long accepted = fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Статья 3: упростите.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), onChanged, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        service.decideComment(draft.id(), partly, DecisionForm.of(Outcome.PARTIALLY_ACCEPTED, "Частично.", "ru"));
        service.decideComment(draft.id(), rejected, DecisionForm.of(Outcome.REJECTED, "Нельзя.", "ru"));
        service.decideComment(draft.id(), accepted, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        fixtures.closeAndPublishChanging(draft, 0);

        Metrics m = figures(draft);

        assertThat(m.acceptedWithNextVersion()).isEqualTo(3);
        assertThat(m.acceptedReflected()).isEqualTo(1);
        assertThat(m.redFlags())
                .extracting(RedFlag::commentId, RedFlag::articleNumber, RedFlag::outcome, RedFlag::draftId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(partly, "2", Outcome.PARTIALLY_ACCEPTED, draft.id()),
                        org.assertj.core.groups.Tuple.tuple(accepted, "3", Outcome.ACCEPTED, draft.id()));
        assertThat(m.redFlags().get(1).excerpt()).isEqualTo("Статья 3: упростите.");
    }

    @Test
    void aLinkedArticleDecidesTheFlagAndAnAcceptedGeneralCommentWithoutLinkIsFlagged() {
        Draft draft = draft();
        long linkedToChanged = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Перенесите это в статью 2.");
        long linkedToUnchanged = fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, "Поправьте и статью 3.");
        long general = fixtures.comment(accounts.citizen("KZ"), draft.id(), null, "Закон в целом хороший.");
        fixtures.closeAndPublishChanging(draft, 1);
        long changedV2 = fixtures.articleOfVersion(draft.id(), 2, 1);
        long unchangedV2 = fixtures.articleOfVersion(draft.id(), 2, 2);
        TestUsers.signIn(draft.official());
        service.decideComment(
                draft.id(), linkedToChanged, new DecisionForm(Outcome.ACCEPTED, null, "ru", List.of(changedV2), null));
        // its own article 2 changed, but the decision points at article 3, which did not
        service.decideComment(
                draft.id(),
                linkedToUnchanged,
                new DecisionForm(Outcome.PARTIALLY_ACCEPTED, "Частично.", "ru", List.of(unchangedV2), null));
        service.decideComment(draft.id(), general, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));

        Metrics m = figures(draft);

        assertThat(m.acceptedWithNextVersion()).isEqualTo(3);
        assertThat(m.acceptedReflected()).isEqualTo(1);
        assertThat(m.redFlags()).extracting(RedFlag::commentId).containsExactly(linkedToUnchanged, general);
        assertThat(m.redFlags().get(1).articleNumber()).isNull();
    }

    @Test
    void withoutANextVersionNoAcceptanceIsCountedOrFlagged() {
        Draft draft = draft();
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Сделайте бесплатно.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), c, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        TestUsers.signOut();
        fixtures.close(draft);

        Metrics m = figures(draft);

        assertThat(m.considered()).isEqualTo(1);
        assertThat(m.withNextVersion()).isZero();
        assertThat(m.acceptedWithNextVersion()).isZero();
        assertThat(m.redFlags()).isEmpty();
    }

    @Test
    void revisingAFlaggedAcceptanceClearsOrMovesTheFlag() {
        Draft draft = draft();
        long a = fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Статья 3: короче.");
        long b = fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Статья 3: яснее.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), a, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        service.decideComment(draft.id(), b, DecisionForm.of(Outcome.REJECTED, "Уже ясно.", "ru"));
        fixtures.closeAndPublishChanging(draft, 0);
        assertThat(figures(draft).redFlags()).extracting(RedFlag::commentId).containsExactly(a);

        TestUsers.signIn(draft.official());
        service.decideComment(
                draft.id(), a, new DecisionForm(Outcome.REJECTED, "Не учтено.", "ru", List.of(), "Честно"));
        Metrics afterRejection = figures(draft);
        assertThat(afterRejection.redFlags()).isEmpty();
        assertThat(afterRejection.acceptedWithNextVersion()).isZero();

        // b turned into an acceptance pointing at the article that did change: traceable, no flag
        long changedV2 = fixtures.articleOfVersion(draft.id(), 2, 0);
        service.decideComment(
                draft.id(), b, new DecisionForm(Outcome.ACCEPTED, null, "ru", List.of(changedV2), "Учтено в ст. 1"));
        Metrics afterAcceptance = figures(draft);
        assertThat(afterAcceptance.redFlags()).isEmpty();
        assertThat(afterAcceptance.acceptedWithNextVersion()).isEqualTo(1);
        assertThat(afterAcceptance.acceptedReflected()).isEqualTo(1);
    }

    @Test
    void anAcceptedCampaignOnAnUnchangedArticleFlagsEveryMember() {
        Draft draft = draft();
        String letter = "Статья 2 должна разрешить подачу по почте.";
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            members.add(fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, letter));
        }
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster("C1", letter, members, List.of(), Set.of(), null)), List.of()));
        TestUsers.signIn(draft.official());
        service.decideCampaign(draft.id(), "C1", DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        fixtures.closeAndPublishChanging(draft, 2);

        Metrics m = figures(draft);

        assertThat(m.redFlags()).extracting(RedFlag::commentId).containsExactlyElementsOf(members);
        assertThat(m.redFlags()).allSatisfy(f -> assertThat(f.articleNumber()).isEqualTo("2"));
        assertThat(m.campaigns()).isEqualTo(1);
        assertThat(m.campaignComments()).isEqualTo(3);
        assertThat(m.distinctConsidered()).isEqualTo(1);
    }

    private Draft draft() {
        start = clock.instant();
        return fixtures.openDraft("KZ", "MVD");
    }

    private Metrics figures(Draft draft) {
        return metrics.compute(MetricsScope.draft(draft.id()), start.minusSeconds(60), start.plus(Duration.ofDays(30)));
    }
}
