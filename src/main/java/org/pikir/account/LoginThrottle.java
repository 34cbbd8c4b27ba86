package org.pikir.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without a lock that anyone could set off: failed sign-ins are counted per
 * account-and-client-address pair, per client address and per account, and once a count is past its free allowance
 * each further failure delays that key's next checked attempt, 1 s doubling up to a cap. A stranger guessing at an
 * account from their own address delays only themselves (pair cap, 15 minutes by default); spraying many accounts
 * from one address delays that address; guesses at one account from many addresses delay that account only by a
 * short cap (a minute), so its owner is never locked out. Unknown e-mail addresses are counted exactly like known
 * ones. Counts live in PostgreSQL, so every node sees the same ones; an upsert keeps them exact under races. A
 * count starts again when its last failure is older than the window.
 */
@Component
class LoginThrottle {

    /** One kind of key: failures allowed without delay, and the longest delay. */
    record Policy(String prefix, int freeFailures, Duration maxDelay) {

        /** The delay after the {@code failures}-th failure: none within the allowance, then 1 s, 2 s, 4 s… */
        Duration delayAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures, 30);
            Duration delay = Duration.ofSeconds(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration window;
    private final Policy pair;
    private final Policy client;
    private final Policy account;

    LoginThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${pikir.security.login.free-failures:5}") int pairFreeFailures,
            @Value("${pikir.security.login.client-free-failures:20}") int clientFreeFailures,
            @Value("${pikir.security.login.account-free-failures:20}") int accountFreeFailures,
            @Value("${pikir.security.login.max-delay:PT15M}") Duration maxDelay,
            @Value("${pikir.security.login.account-max-delay:PT1M}") Duration accountMaxDelay,
            @Value("${pikir.security.login.window:PT1H}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
        this.pair = new Policy("pair:", pairFreeFailures, maxDelay);
        this.client = new Policy("client:", clientFreeFailures, maxDelay);
        this.account = new Policy("account:", accountFreeFailures, accountMaxDelay);
    }

    /** How long this client must still wait before an attempt at this account is checked (zero: go ahead). */
    @Transactional(readOnly = true)
    Duration wait(String email, String clientAddress) {
        Instant now = clock.instant();
        Timestamp next = jdbc.queryForObject(
                "select max(next_attempt) from login_throttle where throttle_key in (?, ?, ?) and last_failure > ?",
                Timestamp.class,
                pairKey(email, clientAddress),
                client.prefix() + address(clientAddress),
                account.prefix() + email(email),
                ts(now.minus(window)));
        if (next == null || !next.toInstant().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, next.toInstant());
    }

    /** Counts a failed attempt for the pair, the address and the account; returns the account's count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        count(pair, pairKey(email, clientAddress), now);
        count(client, client.prefix() + address(clientAddress), now);
        return count(account, account.prefix() + email(email), now);
    }

    /**
     * A successful sign-in clears this pair's and the account's counts (not the address's: it may be spraying); the
     * account keeps when its owner was last told, so that the next notice still waits for the window.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String email, String clientAddress) {
        Instant now = clock.instant();
        jdbc.update("delete from login_throttle where throttle_key = ?", pairKey(email, clientAddress));
        jdbc.update(
                "update login_throttle set failures = 0, next_attempt = ? where throttle_key = ?",
                ts(now),
                account.prefix() + email(email));
    }

    /**
     * Claims the right to tell the account's owner about its failures: true at most once per window, on one node.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean claimOwnerNotice(String email) {
        Instant now = clock.instant();
        return jdbc.update("""
                        update login_throttle set notified_at = ?
                        where throttle_key = ? and (notified_at is null or notified_at <= ?)""", ts(now), account.prefix() + email(email), ts(now.minus(window))) == 1;
    }

    /** Forgets keys whose last failure is past the window (their count would start again anyway). */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${pikir.security.login.cleanup-interval:PT10M}")
    @SchedulerLock(name = "account.loginThrottleCleanup", lockAtLeastFor = "PT5S")
    @Transactional
    public void removeExpired() {
        // not past notified_at's window either, so that a quiet hour does not bring a second notice sooner
        Instant cutoff = clock.instant().minus(window);
        jdbc.update(
                "delete from login_throttle where last_failure < ? and (notified_at is null or notified_at < ?)",
                ts(cutoff),
                ts(cutoff));
    }

    private int count(Policy policy, String key, Instant now) {
        List<Integer> failures = jdbc.queryForList("""
                insert into login_throttle (throttle_key, failures, last_failure, next_attempt) values (?, 1, ?, ?)
                on conflict (throttle_key) do update set
                  failures = case when login_throttle.last_failure <= ? then 1 else login_throttle.failures + 1 end,
                  last_failure = excluded.last_failure
                returning failures""", Integer.class, key, ts(now), ts(now), ts(now.minus(window)));
        int count = failures.getFirst();
        jdbc.update(
                "update login_throttle set next_attempt = ? where throttle_key = ?",
                ts(now.plus(policy.delayAfter(count))),
                key);
        return count;
    }

    private String pairKey(String email, String clientAddress) {
        return pair.prefix() + email(email) + " " + address(clientAddress);
    }

    static String email(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }

    private static String address(String clientAddress) {
        String key = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.strip();
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
