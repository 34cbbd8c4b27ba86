package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.MutableClock;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Polls: who may attach, change, close and vote, what is validated, and when results are public. */
@IntegrationTest
class PollServiceTest {

    @Autowired
    PollService polls;

    @Autowired
    DraftLawService drafts;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    PollFixtures pollFixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    private PikirUser official() {
        return accounts.official(fixtures.agency("KZ", "MVD"));
    }

    @Test
    void onlyTheDraftingAgencyAttachesPolls() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll rights", 1);
        PikirUser otherOfficial = accounts.official(fixtures.agency("UZ", "DIGITAL"));
        PikirUser citizen = accounts.citizen("KZ");
        Instant now = Instant.now();
        PollForm form = PollFixtures.form(false, PollVisibility.ON_CLOSE, now, now.plus(Duration.ofDays(1)), "a", "b");

        assertThatThrownBy(() -> TestUsers.as(otherOfficial, () -> polls.createPoll(draft, form)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.accessDenied"));
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> polls.createPoll(draft, form)))
                .isInstanceOf(AuthorizationDeniedException.class);
        long poll = TestUsers.as(official, () -> polls.createPoll(draft, form));
        assertThatThrownBy(() -> TestUsers.as(otherOfficial, () -> {
                    polls.closePoll(poll);
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        assertThat(TestUsers.as(citizen, () -> polls.polls(draft)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.canManage()).isFalse();
                    assertThat(p.canVote()).isTrue();
                    assertThat(p.results()).isEmpty();
                });
    }

    @Test
    void pollFormIsValidatedAgainstTheConsultationPeriod() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll validation", 1);
        Instant now = Instant.now();
        Instant day = now.plus(Duration.ofDays(1));

        assertFields(
                official,
                draft,
                new PollForm(" ", "Вопрос", null, false, null, now, day, List.of()),
                "questionKk",
                "visibility",
                "options");
        assertFields(
                official,
                draft,
                PollFixtures.form(false, PollVisibility.LIVE, now, now.plus(Duration.ofDays(60)), "a", "b"),
                "closesAt");
        assertFields(
                official,
                draft,
                PollFixtures.form(false, PollVisibility.LIVE, now.minus(Duration.ofDays(2)), day, "a", "b"),
                "opensAt");
        assertFields(
                official,
                draft,
                PollFixtures.form(false, PollVisibility.LIVE, day, now.plusSeconds(60), "a", "b"),
                "closesAt");
        assertFields(
                official, draft, PollFixtures.form(false, PollVisibility.LIVE, now, day, "same", "same"), "options");
        assertFields(
                official,
                draft,
                new PollForm(
                        "Сұрақ",
                        "Вопрос",
                        null,
                        false,
                        PollVisibility.LIVE,
                        now,
                        day,
                        List.of(new PollForm.Option("a", "a", null), new PollForm.Option("b", " ", null))),
                "options");
    }

    @Test
    void aPollMayOpenInTheMinuteTheConsultationOpened() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll same minute", 1);
        // what the editor sends by default: now, to the minute (the draft opened a second ago, to the second)
        Instant minute = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long poll = TestUsers.as(
                official,
                () -> polls.createPoll(
                        draft,
                        PollFixtures.form(
                                false, PollVisibility.LIVE, minute, minute.plus(Duration.ofDays(1)), "a", "b")));
        PikirUser citizen = accounts.citizen("KZ");
        vote(citizen, poll, pollFixtures.options(official, draft, poll).getFirst());
        assertThat(TestUsers.as(citizen, () -> polls.polls(draft)).getFirst().myChoices())
                .hasSize(1);
        assertFields(
                official,
                draft,
                PollFixtures.form(
                        false,
                        PollVisibility.LIVE,
                        minute.minus(Duration.ofMinutes(2)),
                        minute.plus(Duration.ofDays(1)),
                        "a",
                        "b"),
                "opensAt");
    }

    private void assertFields(PikirUser official, long draft, PollForm form, String... fields) {
        assertThatThrownBy(() -> TestUsers.as(official, () -> polls.createPoll(draft, form)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys(fields));
    }

    @Test
    void verifiedCitizensOfTheCountryVoteOnceAndMayChangeTheirVote() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll voting", 1);
        long poll = pollFixtures.openPoll(official, draft, false, PollVisibility.LIVE, "yes", "no", "unsure");
        List<Long> options = pollFixtures.options(official, draft, poll);
        PikirUser citizen = accounts.citizen("KZ");
        PikirUser migrant = pollFixtures.voter("RU", "KZ", true);
        PikirUser foreigner = pollFixtures.voter("KZ", "UZ", true);
        PikirUser unverified = pollFixtures.voter("KZ", "KZ", false);

        vote(citizen, poll, options.get(0));
        vote(citizen, poll, options.get(1));
        vote(migrant, poll, options.get(1));
        assertDenied(foreigner, poll, "consultation.poll.error.otherCountry", options.get(0));
        assertDenied(unverified, poll, "consultation.error.verifyFirst", options.get(0));
        assertDenied(official, poll, "consultation.error.citizensOnly", options.get(0));
        assertThatThrownBy(() -> vote(citizen, poll, options.get(0), options.get(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> vote(citizen, poll)).isInstanceOf(InvalidInputException.class);
        long otherPoll = pollFixtures.openPoll(official, draft, false, PollVisibility.LIVE, "x", "y");
        long foreignOption = pollFixtures.options(official, draft, otherPoll).getFirst();
        assertThatThrownBy(() -> vote(citizen, poll, foreignOption)).isInstanceOf(NotFoundException.class);

        Poll seen = TestUsers.as(citizen, () -> polls.polls(draft)).getFirst();
        assertThat(seen.myChoices()).containsExactly(options.get(1));
        PollResults results = seen.results().orElseThrow();
        assertThat(results.closed()).isFalse();
        // two voters: every count is below 5 and hidden
        assertThat(results.voters().suppressed()).isTrue();
        assertThat(results.byResidence())
                .extracting(PollResults.CountryRow::country)
                .containsExactlyInAnyOrder("KZ", "RU");
        assertThat(results.byResidence())
                .allSatisfy(r -> assertThat(r.voters().suppressed()).isTrue());
    }

    @Test
    void aPollChangesOnlyBeforeTheFirstVoteAndClosesEarly() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll editing", 1);
        long poll = pollFixtures.openPoll(official, draft, true, PollVisibility.ON_CLOSE, "a", "b");
        Instant now = Instant.now();
        PollForm changed =
                PollFixtures.form(true, PollVisibility.ON_CLOSE, now, now.plus(Duration.ofDays(2)), "a", "b", "c");
        TestUsers.as(official, () -> {
            polls.updatePoll(poll, changed);
            return null;
        });
        List<Long> options = pollFixtures.options(official, draft, poll);
        assertThat(options).hasSize(3);

        List<PikirUser> voters = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> accounts.citizen("KZ"))
                .toList();
        voters.forEach(v -> vote(v, poll, options.get(0), options.get(2)));
        assertThat(TestUsers.as(voters.getFirst(), () -> polls.polls(draft))
                        .getFirst()
                        .results())
                .as("results wait for the close")
                .isEmpty();
        assertThatThrownBy(() -> TestUsers.as(official, () -> {
                    polls.updatePoll(poll, changed);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consultation.poll.error.hasVotes"));

        TestUsers.as(official, () -> {
            polls.closePoll(poll);
            return null;
        });
        assertDenied(voters.getFirst(), poll, "consultation.poll.error.closed", options.get(1));
        assertThatThrownBy(() -> TestUsers.as(official, () -> {
                    polls.closePoll(poll);
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        PollResults results = TestUsers.as(accounts.citizen("UZ"), () -> polls.publicResults(draft))
                .getFirst();
        assertThat(results.closed()).isTrue();
        assertThat(results.voters()).isEqualTo(new PollCount(6, false));
        assertThat(results.options())
                .extracting(o -> o.votes())
                .containsExactly(new PollCount(6, false), new PollCount(0, true), new PollCount(6, false));
        assertThat(results.byResidence()).singleElement().satisfies(r -> {
            assertThat(r.country()).isEqualTo("KZ");
            assertThat(r.voters().value()).isEqualTo(6);
        });
    }

    @Test
    void closingTheConsultationClosesItsPolls() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll with consultation", 1);
        long poll = pollFixtures.openPoll(official, draft, false, PollVisibility.ON_CLOSE, "a", "b");
        long option = pollFixtures.options(official, draft, poll).getFirst();
        TestUsers.as(official, () -> {
            drafts.closeConsultation(draft);
            return null;
        });
        assertDenied(accounts.citizen("KZ"), poll, "consultation.poll.error.closed", option);
        assertThat(TestUsers.as(official, () -> polls.polls(draft)).getFirst().state())
                .isEqualTo(Poll.State.CLOSED);
        Instant now = Instant.now();
        assertThatThrownBy(() -> TestUsers.as(
                        official,
                        () -> polls.createPoll(
                                draft,
                                PollFixtures.form(false, PollVisibility.LIVE, now, now.plusSeconds(60), "a", "b"))))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consultation.poll.error.consultationNotOpen"));
    }

    @Test
    void anUpcomingPollTakesNoVotes() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll upcoming", 1);
        Instant later = Instant.now().plus(Duration.ofDays(1));
        long poll = TestUsers.as(
                official,
                () -> polls.createPoll(
                        draft,
                        PollFixtures.form(
                                false, PollVisibility.LIVE, later, later.plus(Duration.ofDays(1)), "a", "b")));
        long option = pollFixtures.options(official, draft, poll).getFirst();
        PikirUser citizen = accounts.citizen("KZ");
        assertDenied(citizen, poll, "consultation.poll.error.closed", option);
        clock.set(later.plusSeconds(60));
        vote(citizen, poll, option);
        clock.set(later.plus(Duration.ofDays(2)));
        assertDenied(citizen, poll, "consultation.poll.error.closed", option);
    }

    private void vote(PikirUser who, long poll, Long... options) {
        TestUsers.as(who, () -> {
            polls.vote(poll, Set.of(options));
            return null;
        });
    }

    private void assertDenied(PikirUser who, long poll, String key, Long... options) {
        assertThatThrownBy(() -> vote(who, poll, options))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
