package org.pikir.consideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.CommentClusters.Addition;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.CommentClusters.TopicCluster;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.DraftStatus;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Who may decide: checked in the services themselves, for every use case, not only by the views. */
@IntegrationTest
class ConsiderationAuthorizationTest {

    private static final String LETTER = "Просим не вводить экзамен по языку для патента.";

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
    DraftLawService drafts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private record Setup(Draft draft, long member, long flagged) {}

    /** A draft with a campaign (one member with an addition, waiting for its own look) and a topic. */
    private Setup setup() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long member = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER);
        long flagged = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, LETTER + " Мне 60 лет.");
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster(
                                "C1",
                                LETTER,
                                List.of(member, flagged),
                                List.of(new Addition("Мне 60 лет.", flagged, 1)),
                                Set.of(flagged),
                                "T1")),
                        List.of(new TopicCluster("T1", "экзамен", List.of(member, flagged)))));
        TestUsers.as(
                draft.official(),
                () -> service.decideCampaign(
                        draft.id(), "C1", DecisionForm.of(Outcome.REJECTED, "Экзамен обязателен.", "ru")));
        return new Setup(draft, member, flagged);
    }

    private List<ThrowingCallable> everyUseCase(Setup s) {
        DecisionForm form = new DecisionForm(Outcome.ACCEPTED, null, "ru", List.of(), "Пересмотр");
        long draft = s.draft().id();
        return List.of(
                () -> service.decideComment(draft, s.member(), form),
                () -> service.decideCampaign(draft, "C1", form),
                () -> service.decideTopic(draft, "T1", form),
                () -> service.markOwnLookDone(draft, s.flagged()),
                () -> queries.workspace(draft, Workspace.Filter.NONE),
                () -> queries.auditTrail(draft, 0, 10));
    }

    @Test
    void anOfficialOfAnotherAgencyInTheSameCountryIsTurnedAwayFromEveryUseCase() {
        Setup s = setup();
        Map<String, Object> stateBefore = state(s);
        TestUsers.signIn(accounts.official(fixtures.openDraft("KZ", "MZ").agencyId()));

        for (ThrowingCallable call : everyUseCase(s)) {
            assertThatThrownBy(call)
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("consideration.error.notYourAgency"));
        }
        assertThat(state(s)).isEqualTo(stateBefore);
    }

    @Test
    void anOfficialOfTheSameMinistryOfAnotherCountryIsTurnedAway() {
        Setup s = setup();
        Map<String, Object> stateBefore = state(s);
        Draft kyrgyz = fixtures.openDraft("KG", "MVD");
        TestUsers.signIn(kyrgyz.official());

        for (ThrowingCallable call : everyUseCase(s)) {
            assertThatThrownBy(call)
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("consideration.error.notYourAgency"));
        }
        assertThat(state(s)).isEqualTo(stateBefore);
    }

    @Test
    void theDraftListOfAnOfficialHoldsOnlyPublishedDraftsOfTheirOwnAgency() {
        Draft mine = fixtures.openDraft("KZ", "MVD");
        Draft theirs = fixtures.openDraft("KZ", "MZ");
        long unpublished =
                TestUsers.as(mine.official(), () -> drafts.createDraft(ConsultationFixtures.form("Не опубликован", 1)));
        TestUsers.signIn(mine.official());

        List<ConsultationQueries.DraftSummary> list = queries.myAgencyDrafts();

        assertThat(list).extracting(ConsultationQueries.DraftSummary::id).contains(mine.id());
        assertThat(list).extracting(ConsultationQueries.DraftSummary::id).doesNotContain(theirs.id(), unpublished);
        assertThat(list).allSatisfy(d -> {
            assertThat(d.agencyId()).isEqualTo(mine.agencyId());
            assertThat(d.status()).isNotEqualTo(DraftStatus.DRAFT);
        });
        TestUsers.signIn(accounts.citizen("KZ"));
        assertThatThrownBy(() -> queries.myAgencyDrafts()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void citizensModeratorsAndAnonymousVisitorsAreDeniedByTheServiceItself() {
        Setup s = setup();
        Map<String, Object> stateBefore = state(s);
        PikirUser author = accounts.load(jdbc.queryForObject(
                "select u.email from user_account u join consultation_comment c on c.author_id = u.id where c.id = ?",
                String.class,
                s.member()));

        for (PikirUser who : List.of(author, accounts.citizen("KZ"), accounts.moderator(CountryCode.KZ))) {
            TestUsers.signIn(who);
            for (ThrowingCallable call : everyUseCase(s)) {
                assertThatThrownBy(call).as(who.getUsername()).isInstanceOf(AuthorizationDeniedException.class);
            }
        }
        TestUsers.signOut();
        for (ThrowingCallable call : everyUseCase(s)) {
            assertThatThrownBy(call)
                    .isInstanceOfAny(
                            AuthorizationDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        }
        assertThat(state(s)).isEqualTo(stateBefore);
    }

    @Test
    void aColleagueFromTheSameAgencyMayReviseAndTheTrailNamesThem() {
        Setup s = setup();
        PikirUser colleague = accounts.official(s.draft().agencyId());
        TestUsers.signIn(colleague);

        service.markOwnLookDone(s.draft().id(), s.flagged());
        long revised = service.decideCampaign(
                s.draft().id(),
                "C1",
                new DecisionForm(Outcome.NOTED, "Рассмотрим льготы.", "ru", List.of(), "Другой специалист"));

        assertThat(jdbc.queryForObject(
                        "select decided_by from consideration_decision where id = ?", Long.class, revised))
                .isEqualTo(colleague.accountId());
        assertThat(jdbc.queryForList(
                        "select distinct actor_id from consideration_audit where draft_id = ? and action <> 'CASCADED'",
                        Long.class,
                        s.draft().id()))
                .containsExactlyInAnyOrder(s.draft().official().accountId(), colleague.accountId());
    }

    /** Everything a decision could have changed for this draft. */
    private Map<String, Object> state(Setup s) {
        return jdbc.queryForMap("""
                select (select count(*) from consideration_decision where draft_id = ?) as decisions,
                       (select count(*) from consideration_audit where draft_id = ?) as audit,
                       (select string_agg(comment_id || ':' || decision_id || ':' || needs_own_look, ',' order by comment_id)
                        from comment_decision where draft_id = ?) as current
                """, s.draft().id(), s.draft().id(), s.draft().id());
    }
}
