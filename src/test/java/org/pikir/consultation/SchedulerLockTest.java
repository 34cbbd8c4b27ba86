package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scheduled job runs on one node of the cluster at a time: while another node holds its lock row (ShedLock on
 * PostgreSQL) the job does nothing here; once that lock has expired (the node died or finished) it runs.
 */
@IntegrationTest
class SchedulerLockTest {

    @Autowired
    ConsultationScheduler scheduler;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJobLockedByAnotherNodeDoesNotRunHereUntilTheLockExpires() {
        long agency = jdbc.queryForObject("select min(id) from agency where country_code = 'KZ'", Long.class);
        long draft = consultations.openDraft(accounts.official(agency), "Lock", 1);
        jdbc.update(
                "update draft_law set opens_at = ?, closes_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(120)),
                Timestamp.from(Instant.now().minusSeconds(60)),
                draft);
        jdbc.update("delete from shedlock where name = 'consultation.closeExpired'");
        jdbc.update("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('consultation.closeExpired', now() + interval '1 hour', now(), 'other-node')""");

        scheduler.closeExpired();
        assertThat(status(draft)).isEqualTo("OPEN");

        jdbc.update(
                "update shedlock set lock_until = now() - interval '1 second' where name = 'consultation.closeExpired'");
        scheduler.closeExpired();
        assertThat(status(draft)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject(
                        "select locked_by from shedlock where name = 'consultation.closeExpired'", String.class))
                .isNotEqualTo("other-node");
        assertThat(jdbc.queryForObject(
                        "select lock_until >= locked_at + interval '5 seconds' from shedlock"
                                + " where name = 'consultation.closeExpired'",
                        Boolean.class))
                .as("held at least 5 s, so a second node does not run the same round again")
                .isTrue();
    }

    private String status(long draft) {
        return jdbc.queryForObject("select status from draft_law where id = ?", String.class, draft);
    }
}
