package org.pikir.consideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.CommentClusters.Addition;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.CommentClusters.TopicCluster;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consideration.Workspace.GroupKind;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class ConsiderationServiceTest {

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

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private String outcomeOf(long commentId) {
        return jdbc.queryForObject("""
                select d.outcome from comment_decision cd join consideration_decision d on d.id = cd.decision_id
                where cd.comment_id = ?""", String.class, commentId);
    }

    @Test
    void aReasonIsRequiredForEveryOutcomeExceptAccepted() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Срок регистрации слишком короткий.");
        TestUsers.signIn(draft.official());

        for (Outcome outcome :
                List.of(Outcome.PARTIALLY_ACCEPTED, Outcome.REJECTED, Outcome.NOTED, Outcome.OUT_OF_SCOPE)) {
            assertThatThrownBy(() -> service.decideComment(draft.id(), c, DecisionForm.of(outcome, "  ", "ru")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors().get("reason").key())
                                    .isEqualTo("consideration.error.reasonRequired"));
        }
        assertThat(jdbc.queryForObject("select count(*) from comment_decision where comment_id = ?", Integer.class, c))
                .isZero();

        service.decideComment(draft.id(), c, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        assertThat(outcomeOf(c)).isEqualTo("ACCEPTED");
    }

    @Test
    void onlyOfficialsOfTheDraftingAgencyDecide() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Предлагаю продлить срок.");
        DecisionForm form = DecisionForm.of(Outcome.NOTED, "Учтено", "ru");

        TestUsers.signIn(accounts.official(fixtures.openDraft("KZ", "MZ").agencyId()));
        assertThatThrownBy(() -> service.decideComment(draft.id(), c, form))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consideration.error.notYourAgency"));
        TestUsers.signIn(accounts.citizen("KZ"));
        assertThatThrownBy(() -> service.decideComment(draft.id(), c, form))
                .isInstanceOf(AuthorizationDeniedException.class);
        TestUsers.signOut();
        assertThatThrownBy(() -> service.decideComment(draft.id(), c, form))
                .isInstanceOfAny(AuthorizationDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from consideration_decision where draft_id = ?", Integer.class, draft.id()))
                .isZero();
    }

    @Test
    void linkedArticlesMustBelongToTheDraftAndOnlyToAcceptances() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        Draft other = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, "Уточните статью 2.");
        TestUsers.signIn(draft.official());

        long foreign = fixtures.articleId(other.id(), 1);
        assertThatThrownBy(() -> service.decideComment(
                        draft.id(), c, new DecisionForm(Outcome.ACCEPTED, null, "ru", List.of(foreign), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("articles").key())
                                .isEqualTo("consideration.error.articleOfOtherDraft"));
        long own = fixtures.articleId(draft.id(), 1);
        assertThatThrownBy(() -> service.decideComment(
                        draft.id(), c, new DecisionForm(Outcome.REJECTED, "Нет", "ru", List.of(own), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("articles").key())
                                .isEqualTo("consideration.error.linkOnlyWhenAccepted"));

        long decision = service.decideComment(
                draft.id(), c, new DecisionForm(Outcome.PARTIALLY_ACCEPTED, "Частично", "ru", List.of(own), null));
        assertThat(jdbc.queryForList(
                        "select article_id from consideration_decision_article where decision_id = ?",
                        Long.class,
                        decision))
                .containsExactly(own);
    }

    @Test
    void aCampaignDecisionCascadesToMembersAndFlagsThoseWithAdditions() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        String letter = "Требуем отменить обязательную регистрацию мигрантов в течение трёх дней.";
        PikirUser a = accounts.citizen("KZ");
        PikirUser b = accounts.citizen("KZ");
        PikirUser c = accounts.citizen("KZ");
        PikirUser d = accounts.citizen("KZ");
        long m1 = fixtures.comment(a, draft.id(), 0, letter);
        long m2 = fixtures.comment(b, draft.id(), 0, letter);
        long m3 = fixtures.comment(c, draft.id(), 0, letter + " У меня трое детей, и очередь в ЦОН занимает неделю.");
        long m4 = fixtures.comment(d, draft.id(), 0, letter);
        long single = fixtures.comment(a, draft.id(), 2, "Статья 3 не согласуется с Трудовым кодексом.");
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster(
                                "C1",
                                letter,
                                List.of(m1, m2, m3, m4),
                                List.of(new Addition("У меня трое детей, и очередь в ЦОН занимает неделю.", m3, 1)),
                                Set.of(m3),
                                "T1")),
                        List.of(new TopicCluster("T1", "регистрация мигрантов", List.of(m1, m2, m3, m4, single)))));
        TestUsers.signIn(draft.official());

        // m4 already has its own decision: the campaign must not overwrite it
        service.decideComment(draft.id(), m4, DecisionForm.of(Outcome.NOTED, "Учтено отдельно", "ru"));
        service.decideCampaign(
                draft.id(),
                "C1",
                DecisionForm.of(
                        Outcome.REJECTED,
                        "Регистрация нужна для доступа к услугам; срок продлён до 15 дней в другой статье.",
                        "ru"));

        assertThat(outcomeOf(m1)).isEqualTo("REJECTED");
        assertThat(outcomeOf(m2)).isEqualTo("REJECTED");
        assertThat(outcomeOf(m3)).isEqualTo("REJECTED");
        assertThat(outcomeOf(m4)).isEqualTo("NOTED");
        assertThat(jdbc.queryForList(
                        "select comment_id from comment_decision where needs_own_look and draft_id = ?",
                        Long.class,
                        draft.id()))
                .containsExactly(m3);

        Workspace workspace = queries.workspace(draft.id(), Workspace.Filter.NONE);
        assertThat(workspace.groups())
                .extracting(Workspace.Group::kind)
                .containsExactly(GroupKind.CAMPAIGN, GroupKind.TOPIC);
        assertThat(workspace.groups().getFirst().size()).isEqualTo(4);
        assertThat(workspace.groups().getFirst().needingOwnLook()).isEqualTo(1);
        assertThat(workspace.groups().get(1).items())
                .extracting(Workspace.Item::id)
                .containsExactly(single);
        assertThat(queries
                        .workspace(
                                draft.id(), new Workspace.Filter(null, null, DecisionState.NEEDS_OWN_LOOK, null, null))
                        .groups()
                        .stream()
                        .flatMap(g -> g.items().stream())
                        .map(Workspace.Item::id))
                .containsExactly(m3);

        // a topic decision reaches only comments without a more specific decision
        service.decideTopic(draft.id(), "T1", DecisionForm.of(Outcome.OUT_OF_SCOPE, "Вопрос другого закона", "ru"));
        assertThat(outcomeOf(single)).isEqualTo("OUT_OF_SCOPE");
        assertThat(outcomeOf(m1)).isEqualTo("REJECTED");

        service.markOwnLookDone(draft.id(), m3);
        assertThat(jdbc.queryForObject(
                        "select needs_own_look from comment_decision where comment_id = ?", Boolean.class, m3))
                .isFalse();
        assertThatThrownBy(() -> service.markOwnLookDone(draft.id(), m3))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consideration.error.noOwnLookNeeded"));

        // every author whose comment got an outcome was told
        for (PikirUser author : List.of(a, b, c, d)) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from notification where account_id = ? and subject_key = 'consideration.notify.subject'
                    """, Integer.class, author.accountId()))
                    .as(author.getUsername())
                    .isPositive();
        }
        assertThat(jdbc.queryForObject(
                        "select body_key from notification where account_id = ? order by id limit 1",
                        String.class,
                        b.accountId()))
                .isEqualTo("consideration.notify.body.REJECTED");
    }

    @Test
    void unclusteredDraftsShowEveryCommentAsUnclustered() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Первый комментарий о сроках.");
        long c2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), null, "Общий комментарий к проекту.");
        TestUsers.signIn(draft.official());

        Workspace workspace = queries.workspace(draft.id(), Workspace.Filter.NONE);
        assertThat(workspace.clustered()).isFalse();
        assertThat(workspace.groups()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(GroupKind.UNCLUSTERED);
            assertThat(g.items()).extracting(Workspace.Item::id).containsExactlyInAnyOrder(c1, c2);
        });
        assertThatThrownBy(
                        () -> service.decideCampaign(draft.id(), "C1", DecisionForm.of(Outcome.ACCEPTED, null, "ru")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consideration.error.unknownGroup"));
        assertThat(queries.workspace(draft.id(), new Workspace.Filter(null, null, null, null, "общий"))
                        .groups()
                        .getFirst()
                        .items())
                .extracting(Workspace.Item::id)
                .containsExactly(c2);
    }

    @Test
    void revisionsNeedANoteAndEveryStepIsInTheAuditTrail() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Добавьте электронную подачу.");
        TestUsers.signIn(draft.official());
        long first = service.decideComment(
                draft.id(), c, DecisionForm.of(Outcome.REJECTED, "Нет технической возможности", "ru"));

        assertThatThrownBy(() -> service.decideComment(draft.id(), c, DecisionForm.of(Outcome.ACCEPTED, null, "ru")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("revisionNote").key())
                                .isEqualTo("consideration.error.revisionNoteRequired"));
        long second = service.decideComment(
                draft.id(),
                c,
                new DecisionForm(Outcome.ACCEPTED, null, "ru", List.of(), "Портал eGov уже это поддерживает"));

        assertThat(outcomeOf(c)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject(
                        "select supersedes from consideration_decision where id = ?", Long.class, second))
                .isEqualTo(first);
        List<Map<String, Object>> trail = jdbc.queryForList("""
                select action, actor_id, before, after from consideration_audit where comment_id = ? order by id""", c);
        assertThat(trail).extracting(r -> r.get("action")).containsExactly("DECIDED", "REVISED");
        assertThat(trail)
                .allSatisfy(r ->
                        assertThat(r.get("actor_id")).isEqualTo(draft.official().accountId()));
        assertThat((String) trail.get(0).get("before")).isNull();
        assertThat((String) trail.get(1).get("before")).startsWith("REJECTED");
        assertThat((String) trail.get(1).get("after")).startsWith("ACCEPTED");
        assertThat(queries.auditTrail(draft.id(), 0, 50))
                .extracting(ConsiderationQueries.AuditEntry::action)
                .contains("DECIDED", "REVISED");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteDecisionsAndTheAuditTrail() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Комментарий для журнала.");
        TestUsers.signIn(draft.official());
        long decision = service.decideComment(draft.id(), c, DecisionForm.of(Outcome.NOTED, "Учтено", "ru"));

        assertThatThrownBy(() ->
                        jdbc.update("update consideration_audit set after = 'forged' where decision_id = ?", decision))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from consideration_audit where decision_id = ?", decision))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        jdbc.update("update consideration_decision set outcome = 'ACCEPTED' where id = ?", decision))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from consideration_decision where id = ?", decision))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject(
                        "select outcome from consideration_decision where id = ?", String.class, decision))
                .isEqualTo("NOTED");
    }
}
