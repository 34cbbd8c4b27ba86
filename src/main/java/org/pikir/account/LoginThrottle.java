package org.pikir.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after N failed sign-ins for one address the account is locked for a while.
 * Counted in the database so every app node sees the same count; an upsert keeps it exact under races.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${pikir.security.login.max-failures:5}") int maxFailures,
            @Value("${pikir.security.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String email) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into login_throttle (email, failures, last_failure, locked_until) values (?, 1, ?, null)
                on conflict (email) do update set
                  failures = case when login_throttle.locked_until is not null and login_throttle.locked_until <= ?
                                  then 1 else login_throttle.failures + 1 end,
                  last_failure = excluded.last_failure,
                  locked_until = case when login_throttle.locked_until is not null and login_throttle.locked_until <= ?
                                      then null
                                      when login_throttle.failures + 1 >= ? then ?
                                      else login_throttle.locked_until end
                """, key(email), ts(now), ts(now), ts(now), maxFailures, ts(now.plus(lockDuration)));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String email) {
        jdbc.update("delete from login_throttle where email = ?", key(email));
    }

    @Transactional(readOnly = true)
    boolean isLocked(String email) {
        Instant now = clock.instant();
        return !jdbc.query(
                        "select 1 from login_throttle where email = ? and locked_until > ?",
                        (rs, i) -> 1,
                        key(email),
                        ts(now))
                .isEmpty();
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }
}
