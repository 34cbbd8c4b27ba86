package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rate-limit rows do not pile up: a client's row goes once its bucket has been full again for a while. */
@IntegrationTest
class ApiRateLimitCleanupTest {

    @Autowired
    RateLimiter limiter;

    @Autowired
    ApiRateLimitCleanup cleanup;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRowIsKeptUntilItsBucketIsFullAgainPlusAMinuteThenDeleted() {
        String idle = "idle/" + UUID.randomUUID();
        String active = "active/" + UUID.randomUUID();
        assertThat(limiter.acquire(idle)).isZero();
        assertThat(limiter.acquire(active)).isZero();

        // one token taken at 2 per second: full again after 0.5 s, kept a minute more
        long now = System.currentTimeMillis();
        assertThat(expiresAt(active)).isBetween(now + 59_000, now + 62_000);

        // the idle client's row is past that (as if a quiet hour had gone by), the active one's is not
        jdbc.update("update api_rate_limit set expires_at = ? where id = ?", now - 1, idle);
        assertThat(cleanup.removeExpired()).isPositive();
        assertThat(rows(idle)).isZero();
        assertThat(rows(active)).isOne();

        // an address that comes back gets a full bucket, as a new one would
        assertThat(limiter.acquire(idle)).isZero();
        assertThat(rows(idle)).isOne();
    }

    @Test
    void theScheduledCleanupRunsUnderItsClusterLock() {
        // Release the lock if an earlier (scheduled) run holds it. Not a delete: ShedLock remembers which lock rows it
        // has created and only updates them afterwards, so a deleted row would never be locked again in this JVM.
        jdbc.update("update shedlock set lock_until = now() - interval '1 second' where name = 'api.rateLimitCleanup'");
        String gone = "gone/" + UUID.randomUUID();
        limiter.acquire(gone);
        jdbc.update("update api_rate_limit set expires_at = 1 where id = ?", gone);

        cleanup.scheduled();

        assertThat(rows(gone)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from shedlock where name = 'api.rateLimitCleanup' and lock_until > locked_at",
                        Integer.class))
                .isOne();
    }

    private long expiresAt(String client) {
        return jdbc.queryForObject("select expires_at from api_rate_limit where id = ?", Long.class, client);
    }

    private int rows(String client) {
        return jdbc.queryForObject("select count(*) from api_rate_limit where id = ?", Integer.class, client);
    }
}
