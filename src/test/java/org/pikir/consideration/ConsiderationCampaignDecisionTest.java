package org.pikir.consideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.CommentClusters.TopicCluster;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consideration.Workspace.Group;
import org.pikir.consideration.Workspace.GroupKind;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deciding a whole campaign (or topic) at once: every member, later members, and precedence. */
@IntegrationTest
class ConsiderationCampaignDecisionTest {

    private static final String LETTER = "Просим сохранить бесплатную регистрацию для трудовых мигрантов.";

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

    @Test
    void aCampaignDecisionGivesEveryMemberTheSameDecisionAndTellsEveryAuthor() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        List<PikirUser> authors = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PikirUser author = accounts.citizen("KZ");
            authors.add(author);
            members.add(fixtures.comment(author, draft.id(), 0, LETTER));
        }
        campaign(draft, members);
        TestUsers.signIn(draft.official());

        long decision = service.decideCampaign(
                draft.id(), "C1", DecisionForm.of(Outcome.PARTIALLY_ACCEPTED, "Сбор снижен вдвое.", "ru"));

        assertThat(jdbc.queryForMap(
                        "select level, target_key, target_label, member_count from consideration_decision where id = ?",
                        decision))
                .containsEntry("level", "CAMPAIGN")
                .containsEntry("target_key", "C1")
                .containsEntry("target_label", LETTER)
                .containsEntry("member_count", 5);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select comment_id, decision_id, via, needs_own_look from comment_decision where draft_id = ?",
                draft.id());
        assertThat(rows).extracting(r -> r.get("comment_id")).containsExactlyInAnyOrderElementsOf(members);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("decision_id")).isEqualTo(decision);
            assertThat(r.get("via")).isEqualTo("CAMPAIGN");
            assertThat(r.get("needs_own_look")).isEqualTo(false);
        });
        // one group entry and one cascade entry per member
        assertThat(jdbc.queryForList(
                        "select action from consideration_audit where draft_id = ? and comment_id is null",
                        String.class,
                        draft.id()))
                .containsExactly("DECIDED");
        assertThat(jdbc.queryForList(
                        "select comment_id from consideration_audit where draft_id = ? and action = 'CASCADED'",
                        Long.class,
                        draft.id()))
                .containsExactlyInAnyOrderElementsOf(members);
        Group group =
                queries.workspace(draft.id(), Workspace.Filter.NONE).groups().getFirst();
        assertThat(group.kind()).isEqualTo(GroupKind.CAMPAIGN);
        assertThat(group.hasDecision()).isTrue();
        assertThat(group.decided()).isEqualTo(5);
        assertThat(group.items())
                .allSatisfy(i -> assertThat(i.outcome()).isEqualTo(Outcome.PARTIALLY_ACCEPTED))
                .allSatisfy(i -> assertThat(i.reason()).isEqualTo("Сбор снижен вдвое."));
        for (PikirUser author : authors) {
            assertThat(jdbc.queryForList(
                            "select body_key from notification where account_id = ?"
                                    + " and subject_key = 'consideration.notify.subject'",
                            String.class,
                            author.accountId()))
                    .containsExactly("consideration.notify.body.PARTIALLY_ACCEPTED");
        }
    }

    @Test
    void aCampaignRejectionWithoutAReasonLeavesEveryMemberUndecided() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long m1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER);
        long m2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER);
        campaign(draft, List.of(m1, m2));
        TestUsers.signIn(draft.official());

        assertThatThrownBy(() -> service.decideCampaign(draft.id(), "C1", DecisionForm.of(Outcome.REJECTED, " ", "ru")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("reason").key())
                                .isEqualTo("consideration.error.reasonRequired"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from comment_decision where draft_id = ?", Integer.class, draft.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from consideration_audit where draft_id = ?", Integer.class, draft.id()))
                .isZero();
        Group group =
                queries.workspace(draft.id(), Workspace.Filter.NONE).groups().getFirst();
        assertThat(group.hasDecision()).isFalse();
        assertThat(group.decided()).isZero();
    }

    @Test
    void membersAddedToACampaignLaterWaitUntilTheCampaignIsRevised() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long m1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER);
        long m2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER);
        campaign(draft, List.of(m1, m2));
        TestUsers.signIn(draft.official());
        long first = service.decideCampaign(
                draft.id(), "C1", DecisionForm.of(Outcome.REJECTED, "Регистрация остаётся платной.", "ru"));

        // a later re-clustering puts a new comment into the same campaign
        long late = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER);
        campaign(draft, List.of(m1, m2, late));
        Group group =
                queries.workspace(draft.id(), Workspace.Filter.NONE).groups().getFirst();
        assertThat(group.size()).isEqualTo(3);
        assertThat(group.decided()).isEqualTo(2);
        assertThat(group.items())
                .filteredOn(i -> i.id() == late)
                .singleElement()
                .satisfies(i -> assertThat(i.state()).isEqualTo(DecisionState.UNDECIDED));

        // deciding the campaign again is a revision and needs its note
        assertThatThrownBy(() -> service.decideCampaign(
                        draft.id(), "C1", DecisionForm.of(Outcome.REJECTED, "Регистрация остаётся платной.", "ru")))
                .isInstanceOf(InvalidInputException.class);
        long second = service.decideCampaign(
                draft.id(),
                "C1",
                new DecisionForm(
                        Outcome.REJECTED,
                        "Регистрация остаётся платной.",
                        "ru",
                        List.of(),
                        "Новые участники кампании"));

        assertThat(jdbc.queryForMap("select supersedes, member_count from consideration_decision where id = ?", second))
                .containsEntry("supersedes", first)
                .containsEntry("member_count", 3);
        assertThat(jdbc.queryForList(
                        "select comment_id from comment_decision where decision_id = ?", Long.class, second))
                .containsExactlyInAnyOrder(m1, m2, late);
        Map<String, Object> lateAudit =
                jdbc.queryForMap("select action, before, after from consideration_audit where comment_id = ?", late);
        assertThat(lateAudit.get("action")).isEqualTo("CASCADED");
        assertThat(lateAudit.get("before")).isNull();
        assertThat((String) lateAudit.get("after")).startsWith("REJECTED via CAMPAIGN #" + second);
    }

    @Test
    void aMembersOwnDecisionSurvivesARevisionOfItsCampaign() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long m1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER);
        long m2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER + " Я сам платил дважды.");
        campaign(draft, List.of(m1, m2));
        TestUsers.signIn(draft.official());
        service.decideCampaign(draft.id(), "C1", DecisionForm.of(Outcome.REJECTED, "Сбор обоснован.", "ru"));
        long own = service.decideComment(
                draft.id(), m2, DecisionForm.of(Outcome.NOTED, "Двойная оплата будет проверена.", "ru"));

        long revised = service.decideCampaign(
                draft.id(),
                "C1",
                new DecisionForm(Outcome.ACCEPTED, null, "ru", List.of(), "Сбор отменён решением правительства"));

        assertThat(jdbc.queryForObject("select decision_id from comment_decision where comment_id = ?", Long.class, m1))
                .isEqualTo(revised);
        assertThat(jdbc.queryForObject("select decision_id from comment_decision where comment_id = ?", Long.class, m2))
                .isEqualTo(own);
        // the comment's own entry stays its last one: the revision did not touch it
        assertThat(jdbc.queryForList(
                        "select action from consideration_audit where comment_id = ? order by id", String.class, m2))
                .containsExactly("CASCADED", "REVISED");
        assertThat(queries.decisionsOf(List.of(m1, m2)))
                .hasEntrySatisfying(m1, d -> {
                    assertThat(d.outcome()).isEqualTo(Outcome.ACCEPTED);
                    assertThat(d.via()).isEqualTo(DecisionLevel.CAMPAIGN);
                })
                .hasEntrySatisfying(m2, d -> {
                    assertThat(d.outcome()).isEqualTo(Outcome.NOTED);
                    assertThat(d.via()).isEqualTo(DecisionLevel.COMMENT);
                });
    }

    @Test
    void aTopicDecisionAndItsRevisionReachOnlyCommentsWithoutAMoreSpecificDecision() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long m1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER);
        long m2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER);
        long t1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Регистрация должна быть онлайн.");
        long t2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Очереди на регистрацию слишком длинные.");
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster("C1", LETTER, List.of(m1, m2), List.of(), Set.of(), "T1")),
                        List.of(new TopicCluster("T1", "регистрация", List.of(m1, m2, t1, t2)))));
        TestUsers.signIn(draft.official());
        long campaign =
                service.decideCampaign(draft.id(), "C1", DecisionForm.of(Outcome.REJECTED, "Сбор обоснован.", "ru"));
        long own = service.decideComment(draft.id(), t2, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));

        long topic =
                service.decideTopic(draft.id(), "T1", DecisionForm.of(Outcome.NOTED, "Учтём при цифровизации.", "ru"));
        long topicRevised = service.decideTopic(
                draft.id(),
                "T1",
                new DecisionForm(Outcome.OUT_OF_SCOPE, "Это вопрос постановления.", "ru", List.of(), "Уточнение"));

        assertThat(jdbc.queryForObject(
                        "select member_count from consideration_decision where id = ?", Integer.class, topic))
                .isEqualTo(4); // the snapshot of the topic, even though only one comment took its outcome
        assertThat(decisionOf(t1)).isEqualTo(topicRevised);
        assertThat(decisionOf(m1)).isEqualTo(campaign);
        assertThat(decisionOf(m2)).isEqualTo(campaign);
        assertThat(decisionOf(t2)).isEqualTo(own);
        assertThat(jdbc.queryForList(
                        "select comment_id from consideration_audit where decision_id = ? and comment_id is not null",
                        Long.class,
                        topicRevised))
                .containsExactly(t1);
    }

    private long decisionOf(long commentId) {
        return jdbc.queryForObject(
                "select decision_id from comment_decision where comment_id = ?", Long.class, commentId);
    }

    private void campaign(Draft draft, List<Long> members) {
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster("C1", LETTER, members, List.of(), Set.of(), null)), List.of()));
    }
}
