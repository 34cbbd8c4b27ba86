package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.MutableClock;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The agency's work on an appeal, the author's answer to it, notifications and the inbox. */
@IntegrationTest
class AppealHandlingTest {

    @Autowired
    AppealService appeals;

    @Autowired
    AppealInboxService inbox;

    @Autowired
    AppealStatisticsService statistics;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AppealTestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void officialAssignsAndAnswersThenTheAuthorRatesAndEveryStepIsInTheTimeline() {
        Agency agency = data.ministry(CountryCode.KZ, 3);
        PikirUser citizen = accounts.citizen("KZ");
        PikirUser official = accounts.official(agency.getId());
        PikirUser colleague = accounts.official(agency.getId());
        SubmittedAppeal ack = data.submit(citizen, agency, "Potholes on Abay street");

        TestUsers.signIn(official);
        assertThat(inbox.colleagues())
                .extracting(Colleague::accountId)
                .contains(official.accountId(), colleague.accountId());
        inbox.assign(ack.id(), colleague.accountId());
        assertThat(appeals.detail(ack.id()).status()).isEqualTo(AppealStatus.IN_PROGRESS);
        TestUsers.signIn(colleague);
        inbox.reply(ack.id(), "The road will be repaired by 1 June.");
        assertThatThrownBy(() -> inbox.reply(ack.id(), "again"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("appeal.error.closed");

        TestUsers.signIn(citizen);
        AppealDetail answered = appeals.detail(ack.id());
        assertThat(answered.status()).isEqualTo(AppealStatus.ANSWERED);
        assertThat(answered.replies())
                .singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("The road will be repaired by 1 June."));
        assertThat(answered.canRate()).isTrue();
        assertThatThrownBy(() -> appeals.rate(ack.id(), 6, null)).isInstanceOf(InvalidInputException.class);
        appeals.rate(ack.id(), 4, "Quick, thanks");
        assertThatThrownBy(() -> appeals.rate(ack.id(), 5, null)).hasMessageContaining("appeal.error.alreadyRated");
        AppealDetail rated = appeals.detail(ack.id());
        assertThat(rated.replies().getFirst().rating()).isEqualTo(4);
        assertThat(rated.canRate()).isFalse();
        assertThat(rated.timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(
                        AppealEventKind.REGISTERED,
                        AppealEventKind.ASSIGNED,
                        AppealEventKind.ANSWERED,
                        AppealEventKind.RATED);
        assertThat(rated.timeline().get(1).actorName()).isEqualTo(official.displayName());
        assertThat(rated.timeline().get(1).targetAccountName()).isEqualTo(colleague.displayName());
    }

    @Test
    void theTimelineIsAppendOnlyInTheDatabase() {
        Agency agency = data.ministry(CountryCode.KZ, 0);
        SubmittedAppeal ack = data.submit(accounts.citizen("KZ"), agency, "append-only");
        assertThatThrownBy(() -> jdbc.update("update appeal_event set note = 'x' where appeal_id = ?", ack.id()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from appeal_event where appeal_id = ?", ack.id()))
                .hasMessageContaining("append-only");
    }

    @Test
    void everyStatusChangeIsMailedToTheAuthor() {
        Agency agency = data.ministry(CountryCode.KG, 1);
        PikirUser citizen = accounts.citizen("KG");
        PikirUser official = accounts.official(agency.getId());
        SubmittedAppeal ack = data.submit(citizen, agency, "Mail me");
        TestUsers.signIn(official);
        inbox.assign(ack.id(), official.accountId());
        inbox.reply(ack.id(), "Done.");

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(citizen).size() >= 3);
        List<String> subjects =
                mailsTo(citizen).stream().map(AppealHandlingTest::subject).toList();
        assertThat(subjects)
                .contains(
                        "Appeal " + ack.number() + " registered",
                        "Appeal " + ack.number() + " is being considered",
                        "Appeal " + ack.number() + " answered");
        assertThat(mailsTo(citizen).stream().map(GreenMailUtil::getBody))
                .anyMatch(body -> body.contains("/appeals/" + ack.id()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(official).stream()
                        .map(AppealHandlingTest::subject)
                        .anyMatch(s -> s.equals("New appeal " + ack.number())));
    }

    @Test
    void redirectMovesTheAppealToAnotherAgencyOfTheSameCountryWithANewPeriod() {
        Agency from = data.ministry(CountryCode.KZ, 4);
        Agency to = data.ministry(CountryCode.KZ, 5);
        Agency foreign = data.ministry(CountryCode.TJ, 0);
        PikirUser citizen = accounts.citizen("KZ");
        PikirUser official = accounts.official(from.getId());
        PikirUser receiving = accounts.official(to.getId());
        clock.set(Instant.parse("2026-04-01T05:00:00Z"));
        SubmittedAppeal ack = data.submit(citizen, from, "Wrong addressee");
        TestUsers.signIn(official);
        assertThat(inbox.redirectTargets())
                .extracting(Agency::getId)
                .contains(to.getId())
                .doesNotContain(from.getId(), foreign.getId());
        assertThatThrownBy(() -> inbox.redirect(ack.id(), foreign.getId(), "x"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("agency").key())
                                .isEqualTo("appeal.error.agencyWrongCountry"));
        assertThatThrownBy(() -> inbox.redirect(ack.id(), to.getId(), " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        clock.set(Instant.parse("2026-04-03T05:00:00Z"));
        inbox.redirect(ack.id(), to.getId(), "Roads are the other ministry's matter");

        // the former handler sees only what it did; the new one sees everything
        AppealDetail former = appeals.detail(ack.id());
        assertThat(former.access()).isEqualTo(AppealAccess.FORMER_HANDLER);
        assertThat(former.text()).isNull();
        assertThat(former.timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(AppealEventKind.REGISTERED, AppealEventKind.REDIRECTED);
        assertThatThrownBy(() -> inbox.reply(ack.id(), "late")).isInstanceOf(org.pikir.shared.NotFoundException.class);

        TestUsers.signIn(receiving);
        AppealDetail now = appeals.detail(ack.id());
        assertThat(now.access()).isEqualTo(AppealAccess.HANDLER);
        assertThat(now.agencyId()).isEqualTo(to.getId());
        assertThat(now.originalAgencyId()).isEqualTo(from.getId());
        // Friday 3 April 2026 + 15 working days in Kazakhstan (1, 7, 9, 11 May are holidays... none before 24 April)
        assertThat(now.dueAt().atZone(ZoneId.of("Asia/Almaty")).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 24));
    }

    @Test
    void extendingWithinTheLegalLimitWorksOnceOnly() {
        Agency agency = data.ministry(CountryCode.TM, 0);
        PikirUser official = accounts.official(agency.getId());
        SubmittedAppeal ack = data.submit(accounts.citizen("TM"), agency, "extend me");
        TestUsers.signIn(official);
        ExtensionLimit limit = inbox.extensionLimit(ack.id());
        assertThat(limit.max()).isEqualTo(30);
        assertThatThrownBy(() -> inbox.extend(ack.id(), limit.max() + 1, "too long"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("amount").key()).isEqualTo("appeal.error.extensionRange"));
        inbox.extend(ack.id(), 10, "Expert opinion requested");
        AppealDetail extended = appeals.detail(ack.id());
        assertThat(extended.extended()).isTrue();
        assertThat(ChronoUnit.DAYS.between(ack.dueAt(), extended.dueAt())).isBetween(10L, 13L);
        assertThatThrownBy(() -> inbox.extend(ack.id(), 5, "again"))
                .hasMessageContaining("appeal.error.alreadyExtended");
    }

    @Test
    void dismissalNeedsAReasonAndCanBeDisputedOnceToTheParentOrSameAgency() {
        Agency agency = data.ministry(CountryCode.UZ, 2);
        PikirUser citizen = accounts.citizen("UZ");
        PikirUser official = accounts.official(agency.getId());
        SubmittedAppeal ack = data.submit(citizen, agency, "dismiss me");
        TestUsers.signIn(official);
        assertThatThrownBy(() -> inbox.dismiss(ack.id(), null, "")).isInstanceOf(InvalidInputException.class);
        inbox.dismiss(ack.id(), DismissReason.REPEATED, "Answered on 2 March, no new facts");
        TestUsers.signIn(citizen);
        AppealDetail dismissed = appeals.detail(ack.id());
        assertThat(dismissed.status()).isEqualTo(AppealStatus.DISMISSED);
        assertThat(dismissed.canDispute()).isTrue();
        appeals.dispute(ack.id(), "There are new facts: the pipe burst again.");
        AppealDetail disputed = appeals.detail(ack.id());
        assertThat(disputed.status()).isEqualTo(AppealStatus.DISPUTED);
        assertThat(disputed.canDispute()).isFalse();
        assertThatThrownBy(() -> appeals.dispute(ack.id(), "again")).isInstanceOf(DomainException.class);
        TestUsers.signIn(official);
        inbox.reply(ack.id(), "Reconsidered: a team comes on Monday.");
        TestUsers.signIn(citizen);
        assertThatThrownBy(() -> appeals.dispute(ack.id(), "once more"))
                .hasMessageContaining("appeal.error.alreadyDisputed");
    }

    @Test
    void inboxFiltersByStatusDueDateAssigneeAndTextAndSortsByDueDate() {
        Agency agency = data.ministry(CountryCode.KG, 2);
        PikirUser citizen = accounts.citizen("KG");
        PikirUser official = accounts.official(agency.getId());
        clock.set(Instant.parse("2026-02-02T04:00:00Z"));
        SubmittedAppeal old = data.submit(citizen, agency, "Old unique-zebra request");
        clock.set(Instant.parse("2026-02-20T04:00:00Z"));
        SubmittedAppeal fresh = data.submit(citizen, agency, "Fresh request");
        // now: 21 Feb 2026; "old" (14 working days: due 20 Feb) is overdue, "fresh" is not
        clock.set(Instant.parse("2026-02-21T04:00:00Z"));
        TestUsers.signIn(official);
        InboxFilter all = InboxFilter.all();
        assertThat(inbox.inbox(all, PageRequest.of(0, 50)))
                .extracting(AppealSummary::id)
                .containsSubsequence(old.id(), fresh.id());
        assertThat(inbox.inbox(
                        new InboxFilter(null, null, null, InboxFilter.DueFilter.OVERDUE, null, false, null),
                        PageRequest.of(0, 50)))
                .extracting(AppealSummary::id)
                .contains(old.id())
                .doesNotContain(fresh.id());
        assertThat(inbox.inbox(
                        new InboxFilter(null, null, null, InboxFilter.DueFilter.ANY, null, false, "ZEBRA"),
                        PageRequest.of(0, 50)))
                .extracting(AppealSummary::id)
                .containsExactly(old.id());
        assertThat(inbox.inbox(all, PageRequest.of(0, 50)).stream()
                        .filter(s -> s.id() == old.id())
                        .findFirst()
                        .orElseThrow()
                        .overdue())
                .isTrue();
        inbox.assign(fresh.id(), official.accountId());
        assertThat(inbox.inbox(
                        new InboxFilter(null, null, null, InboxFilter.DueFilter.ANY, official.accountId(), false, null),
                        PageRequest.of(0, 50)))
                .extracting(AppealSummary::id)
                .containsExactly(fresh.id());
        assertThat(inbox.inbox(
                        new InboxFilter(
                                AppealStatus.REGISTERED, null, null, InboxFilter.DueFilter.ANY, null, true, null),
                        PageRequest.of(0, 50)))
                .extracting(AppealSummary::id)
                .contains(old.id())
                .doesNotContain(fresh.id());
        // two days before its deadline "fresh" is due within 3 working days
        clock.set(fresh.dueAt().minus(2, ChronoUnit.DAYS));
        assertThat(inbox.inbox(
                        new InboxFilter(null, null, null, InboxFilter.DueFilter.DUE_SOON, null, false, null),
                        PageRequest.of(0, 50)))
                .extracting(AppealSummary::id)
                .contains(fresh.id())
                .doesNotContain(old.id());
    }

    @Test
    void statisticsCountReceivedAnsweredOnTimeOverdueMedianAndRating() {
        Agency agency = data.ministry(CountryCode.TJ, 1);
        PikirUser citizen = accounts.citizen("TJ");
        PikirUser official = accounts.official(agency.getId());
        clock.set(Instant.parse("2026-06-01T04:00:00Z"));
        SubmittedAppeal a = data.submit(citizen, agency, "a");
        SubmittedAppeal b = data.submit(citizen, agency, "b");
        data.submit(citizen, agency, "c stays open");
        TestUsers.signIn(official);
        clock.set(Instant.parse("2026-06-03T04:00:00Z"));
        inbox.reply(a.id(), "on time");
        clock.set(Instant.parse("2026-07-01T04:00:00Z"));
        inbox.reply(b.id(), "late");
        TestUsers.signIn(citizen);
        appeals.rate(a.id(), 5, null);
        appeals.rate(b.id(), 2, null);
        TestUsers.signIn(official);
        AgencyStatistics s = statistics.statistics(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31));
        assertThat(s.received()).isEqualTo(3);
        assertThat(s.answered()).isEqualTo(2);
        assertThat(s.onTime()).isEqualTo(1);
        // b answered late, c open past its deadline on 1 July
        assertThat(s.overdue()).isEqualTo(2);
        assertThat(s.medianResponseDays()).isBetween(15.0, 16.0);
        assertThat(s.averageRating()).isEqualTo(3.5);
        assertThat(s.ratings()).isEqualTo(2);
        assertThatThrownBy(() -> statistics.statistics(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    private List<Message> mailsTo(PikirUser user) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().contains(user.getUsername()));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .map(m -> (Message) m)
                .toList();
    }

    private static String subject(Message m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
