package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.MutableClock;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statistics in one statement (V790): an appeal received twice by the same agency counts once, and the median
 * runs from the restart of the period, whether the answer records it or (written before V790) it is looked up.
 */
@IntegrationTest
class AppealStatisticsPeriodTest {

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
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void aRedirectedAndReturnedAppealIsReceivedOnceAndItsMedianRunsFromTheLastRestart() {
        Agency first = data.ministry(CountryCode.TM, 5);
        Agency second = data.ministry(CountryCode.TM, 6);
        PikirUser citizen = accounts.citizen("TM");
        PikirUser officialOfFirst = accounts.official(first.getId());
        PikirUser officialOfSecond = accounts.official(second.getId());
        clock.set(Instant.parse("2026-03-02T05:00:00Z"));
        SubmittedAppeal appeal = data.submit(citizen, first, "Water pressure");
        TestUsers.signIn(officialOfFirst);
        clock.set(Instant.parse("2026-03-04T05:00:00Z"));
        inbox.redirect(appeal.id(), second.getId(), "Not ours");
        TestUsers.signIn(officialOfSecond);
        clock.set(Instant.parse("2026-03-05T05:00:00Z"));
        inbox.redirect(appeal.id(), first.getId(), "Not ours either");
        TestUsers.signIn(officialOfFirst);
        // answered 2 days after it came back, 4 days after registration
        clock.set(Instant.parse("2026-03-07T05:00:00Z"));
        inbox.reply(appeal.id(), "Fixed.");

        AgencyStatistics recorded = statistics.statistics(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(recorded.received()).isEqualTo(1);
        assertThat(recorded.answered()).isEqualTo(1);
        // the test clock moves on by a few milliseconds per reading
        assertThat(recorded.medianResponseDays()).isCloseTo(2.0, within(1e-6));
        assertThat(jdbc.queryForObject(
                        "select period_start from appeal_event where appeal_id = ? and kind = 'ANSWERED'",
                        java.sql.Timestamp.class,
                        appeal.id()))
                .isEqualTo(jdbc.queryForObject(
                        "select max(at) from appeal_event where appeal_id = ? and kind = 'REDIRECTED'",
                        java.sql.Timestamp.class,
                        appeal.id()));

        // an answer written before V790 has no period start (appeal_event is append-only, so none was
        // backfilled): the statistics find it among the events. Registered 2 March, answered 6 March: 4 days.
        clock.set(Instant.parse("2026-03-02T05:00:00Z"));
        SubmittedAppeal older = data.submit(citizen, first, "Older answer");
        jdbc.update(
                "insert into appeal_event (appeal_id, kind, at, actor_id, agency_id, due_at)"
                        + " select id, 'ANSWERED', timestamptz '2026-03-06 05:00:00Z', ?, agency_id, due_at"
                        + " from appeal where id = ?",
                officialOfFirst.accountId(),
                older.id());
        clock.set(Instant.parse("2026-03-07T05:00:00Z"));
        AgencyStatistics both = statistics.statistics(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(both.received()).isEqualTo(2);
        assertThat(both.answered()).isEqualTo(2);
        assertThat(both.medianResponseDays()).isCloseTo(3.0, within(1e-6));

        TestUsers.signIn(officialOfSecond);
        AgencyStatistics ofSecond = statistics.statistics(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(ofSecond.received()).isEqualTo(1);
        assertThat(ofSecond.answered()).isZero();
        assertThat(ofSecond.medianResponseDays()).isNull();
    }
}
