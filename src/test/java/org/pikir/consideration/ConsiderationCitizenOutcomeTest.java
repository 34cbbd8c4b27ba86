package org.pikir.consideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consideration.ConsiderationQueries.MyComment;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** "What happened to my comment": what a citizen and the public see of a decision. */
@IntegrationTest
class ConsiderationCitizenOutcomeTest {

    @Autowired
    ConsiderationService service;

    @Autowired
    ConsiderationQueries queries;

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    ClusterFixtures clusters;

    @Autowired
    AccountFixtures accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void myCommentIsUndecidedUntilItsCampaignIsDecidedThenShowsOutcomeReasonAndChangedArticle() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        String letter = "Снизьте штраф за просрочку регистрации.";
        PikirUser author = accounts.citizen("KZ");
        long mine = fixtures.comment(author, draft.id(), 1, letter);
        long other = fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, letter);
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster("C1", letter, List.of(mine, other), List.of(), Set.of(), null)),
                        List.of()));
        TestUsers.signIn(author);
        assertThat(myComment(mine)).satisfies(m -> {
            assertThat(m.outcome()).isNull();
            assertThat(m.reason()).isNull();
            assertThat(m.decidedAt()).isNull();
            assertThat(m.articles()).isEmpty();
            assertThat(m.articleNumber()).isEqualTo("2");
            assertThat(m.body()).isEqualTo(letter);
        });

        fixtures.closeAndPublishChanging(draft, 1);
        long changed = fixtures.articleOfVersion(draft.id(), 2, 1);
        TestUsers.signIn(draft.official());
        service.decideCampaign(
                draft.id(),
                "C1",
                new DecisionForm(Outcome.PARTIALLY_ACCEPTED, "Штраф снижен на треть.", "ru", List.of(changed), null));

        TestUsers.signIn(author);
        MyComment decided = myComment(mine);
        assertThat(decided.outcome()).isEqualTo(Outcome.PARTIALLY_ACCEPTED);
        assertThat(decided.reason()).isEqualTo("Штраф снижен на треть.");
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(decided.articles())
                .extracting(ConsiderationQueries.LinkedArticle::articleId, ConsiderationQueries.LinkedArticle::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(changed, 2));
        TestUsers.signOut();
        assertThat(queries.decisionsOf(List.of(mine, other)).values())
                .hasSize(2)
                .allSatisfy(d -> {
                    assertThat(d.outcome()).isEqualTo(Outcome.PARTIALLY_ACCEPTED);
                    assertThat(d.via()).isEqualTo(DecisionLevel.CAMPAIGN);
                    assertThat(d.articles())
                            .extracting(ConsiderationQueries.LinkedArticle::number)
                            .containsExactly("2");
                });
    }

    @Test
    void aCitizenSeesOnlyTheirOwnCommentsAndAnonymousVisitorsNone() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser author = accounts.citizen("KZ");
        PikirUser neighbour = accounts.citizen("KZ");
        long mine = fixtures.comment(author, draft.id(), 0, "Мой комментарий.");
        long theirs = fixtures.comment(neighbour, draft.id(), 0, "Комментарий соседа.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), theirs, DecisionForm.of(Outcome.REJECTED, "Нет.", "ru"));

        TestUsers.signIn(author);
        assertThat(queries.myComments(0, 200)).extracting(MyComment::commentId).containsExactly(mine);
        TestUsers.signIn(neighbour);
        assertThat(queries.myComments(0, 200)).singleElement().satisfies(m -> {
            assertThat(m.commentId()).isEqualTo(theirs);
            assertThat(m.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(m.reason()).isEqualTo("Нет.");
        });
        TestUsers.signOut();
        assertThatThrownBy(() -> queries.myComments(0, 200))
                .isInstanceOfAny(AuthorizationDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theReportIsPublishedOnlyOnceTheConsultationHasClosed() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Комментарий до закрытия.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), c, DecisionForm.of(Outcome.OUT_OF_SCOPE, "Другой закон.", "ru"));
        TestUsers.signOut();

        assertThat(queries.reportAvailable(draft.id())).isFalse();
        assertThatThrownBy(() -> queries.report(draft.id())).isInstanceOf(NotFoundException.class);
        // the decision on the comment itself is public while the consultation runs
        assertThat(queries.decisionsOf(List.of(c)).get(c).outcome()).isEqualTo(Outcome.OUT_OF_SCOPE);

        fixtures.close(draft);
        assertThat(queries.reportAvailable(draft.id())).isTrue();
        assertThat(queries.report(draft.id()).rows()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.OUT_OF_SCOPE);
            assertThat(r.reason()).isEqualTo("Другой закон.");
            assertThat(r.level()).isEqualTo(DecisionLevel.COMMENT);
        });
    }

    private MyComment myComment(long commentId) {
        return queries.myComments(0, 200).stream()
                .filter(m -> m.commentId() == commentId)
                .findFirst()
                .orElseThrow();
    }
}
