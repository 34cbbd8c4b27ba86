package org.pikir.api;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A token bucket per client address: {@code capacity} requests at once, refilled at {@code perSecond}. The buckets
 * live in PostgreSQL (Bucket4j, table {@code api_rate_limit}) or, when configured, in Redis, so every application
 * node takes from the same bucket of a client.
 */
final class RateLimiter {

    static final String TABLE = "api_rate_limit";
    static final String REDIS_PREFIX = "pikir:api-rate-limit:";

    /** Kept after a bucket is full again, so that nodes whose clocks differ a little agree it may go. */
    private static final Duration KEEP_WHEN_FULL = Duration.ofMinutes(1);

    private final ProxyManager<String> buckets;
    private final Supplier<BucketConfiguration> configuration;
    private final int capacity;

    RateLimiter(ProxyManager<String> buckets, int capacity, double perSecond) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("capacity >= 1 and a positive refill rate are required");
        }
        // a smooth ("greedy") refill of the whole capacity over the time the rate needs for it: perSecond tokens a
        // second, added continuously, as the in-memory bucket did before
        Duration refillPeriod = Duration.ofNanos(Math.round(capacity * 1e9 / perSecond));
        BucketConfiguration config = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, refillPeriod))
                .build();
        this.buckets = buckets;
        this.configuration = () -> config;
        this.capacity = capacity;
    }

    /**
     * The buckets in PostgreSQL: Bucket4j's select-for-update strategy on {@link #TABLE}, times from {@code clock}
     * (nodes' clocks must agree, as with NTP), rows expiring once their bucket is full again.
     */
    static PostgreSQLSelectForUpdateBasedProxyManager<String> buckets(DataSource dataSource, Clock clock) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
                .requestTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * The buckets in Redis: Bucket4j's Lettuce backend (compare and swap in a Lua script), keys {@link #REDIS_PREFIX}
     * + address, expiring (Redis TTL) once their bucket is full again.
     */
    static ProxyManager<String> buckets(StatefulRedisConnection<String, byte[]> redis, Clock clock) {
        return Bucket4jLettuce.casBasedBuilder(redis)
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
                .requestTimeout(Duration.ofSeconds(5))
                .build()
                .withMapper(client -> REDIS_PREFIX + client);
    }

    /**
     * Takes a token for this client: 0 when allowed, else the whole seconds to wait before retrying.
     *
     * @throws BucketsUnavailable when the buckets' store cannot be reached or does not answer in time
     */
    long acquire(String client) {
        return acquire(client, 1);
    }

    /**
     * Takes {@code tokens} at once (at most the capacity: a bigger request costs the whole bucket): 0 when allowed,
     * else the whole seconds to wait before the client can afford them; nothing is taken when refused.
     *
     * @throws BucketsUnavailable when the buckets' store cannot be reached or does not answer in time
     */
    long acquire(String client, long tokens) {
        long cost = Math.max(1, Math.min(tokens, capacity));
        ConsumptionProbe probe;
        try {
            probe = buckets.getProxy(client, configuration).tryConsumeAndReturnRemaining(cost);
        } catch (BucketExceptions.BucketExecutionException | RedisException e) {
            throw new BucketsUnavailable(e);
        }
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
    }

    /** Tokens a full bucket holds. */
    int capacity() {
        return capacity;
    }

    /** The store of the buckets (PostgreSQL or Redis) failed. */
    static final class BucketsUnavailable extends RuntimeException {
        BucketsUnavailable(RuntimeException cause) {
            super(cause.toString(), cause);
        }
    }

    /** Bucket4j's time source on the application's clock (tests shift it instead of waiting). */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
