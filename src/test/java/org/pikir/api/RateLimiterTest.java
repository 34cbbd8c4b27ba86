package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aClientGetsItsCapacityThenWaitsForTheRefill() {
        RateLimiter limiter = new RateLimiter(3, 0.5, now::get); // one token every 2 s
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(2);
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.acquire("10.0.0.1")).isZero();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, 1, now::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
        assertThat(limiter.acquire("b")).isZero();
    }

    @Test
    void theBucketNeverHoldsMoreThanItsCapacity() {
        RateLimiter limiter = new RateLimiter(2, 10, now::get);
        now.addAndGet(3_600_000_000_000L);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new RateLimiter(0, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
