package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The token bucket of one client, kept in PostgreSQL; time moves on a clock of the test's own. */
@IntegrationTest
class RateLimiterTest {

    @Autowired
    DataSource dataSource;

    private final MutableClock clock = new MutableClock();
    private final String prefix = UUID.randomUUID() + "/";

    private RateLimiter limiter(int capacity, double perSecond) {
        return new RateLimiter(RateLimiter.buckets(dataSource, clock), capacity, perSecond);
    }

    @Test
    void aClientGetsItsCapacityThenWaitsForTheRefill() {
        RateLimiter limiter = limiter(3, 0.5); // one token every 2 s
        String client = prefix + "10.0.0.1";
        assertThat(limiter.acquire(client)).isZero();
        assertThat(limiter.acquire(client)).isZero();
        assertThat(limiter.acquire(client)).isZero();
        assertThat(limiter.acquire(client)).isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire(client)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire(client)).isZero();
        assertThat(limiter.acquire(client)).isEqualTo(2);
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = limiter(1, 1);
        assertThat(limiter.acquire(prefix + "a")).isZero();
        assertThat(limiter.acquire(prefix + "a")).isPositive();
        assertThat(limiter.acquire(prefix + "b")).isZero();
    }

    @Test
    void theBucketNeverHoldsMoreThanItsCapacity() {
        RateLimiter limiter = limiter(2, 10);
        assertThat(limiter.acquire(prefix + "a")).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(limiter.acquire(prefix + "a")).isZero();
        assertThat(limiter.acquire(prefix + "a")).isZero();
        assertThat(limiter.acquire(prefix + "a")).isPositive();
    }

    @Test
    void aSlowRefillGivesAWaitOfWholeSecondsRoundedUp() {
        RateLimiter limiter = limiter(1, 1.0 / 90); // one token every 90 s
        assertThat(limiter.acquire(prefix + "a")).isZero();
        assertThat(limiter.acquire(prefix + "a")).isEqualTo(90);
        clock.advance(Duration.ofMillis(88_500));
        assertThat(limiter.acquire(prefix + "a")).isEqualTo(2);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        var buckets = RateLimiter.buckets(dataSource, clock);
        assertThatThrownBy(() -> new RateLimiter(buckets, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(buckets, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
