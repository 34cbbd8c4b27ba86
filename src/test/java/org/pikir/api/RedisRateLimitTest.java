package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.shared.MutableClock;

/**
 * The Redis backend of the rate limit, against a real Redis ({@code PIKIR_TEST_REDIS_URL}, by default the local
 * server at 127.0.0.1:6379; skipped when none answers). Two "nodes": two clients with connections and clocks of
 * their own.
 */
class RedisRateLimitTest {

    private static final String URL = System.getenv().getOrDefault("PIKIR_TEST_REDIS_URL", "redis://127.0.0.1:6379/0");

    private final MutableClock clockA = new MutableClock();
    private final MutableClock clockB = new MutableClock();
    private RedisClient clientA;
    private RedisClient clientB;
    private StatefulRedisConnection<String, byte[]> redisA;
    private StatefulRedisConnection<String, byte[]> redisB;

    @BeforeEach
    void connectTwoNodes() {
        RedisURI uri = RedisURI.create(URL);
        assumeTrue(answers(uri), "no Redis at " + URL);
        clientA = RedisClient.create(uri);
        clientB = RedisClient.create(uri);
        redisA = clientA.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        redisB = clientB.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    @AfterEach
    void disconnect() {
        if (clientA != null) {
            redisA.close();
            redisB.close();
            clientA.shutdown();
            clientB.shutdown();
        }
    }

    @Test
    void aClientsCapacityIsSharedByTheNodesAndRefillsForBoth() {
        RateLimiter nodeA = new RateLimiter(RateLimiter.buckets(redisA, clockA), 5, 1);
        RateLimiter nodeB = new RateLimiter(RateLimiter.buckets(redisB, clockB), 5, 1);
        String client = "10.1.2.3/" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(nodeA.acquire(client)).isZero();
        }
        assertThat(nodeB.acquire(client)).isZero();
        assertThat(nodeB.acquire(client)).isZero();
        assertThat(nodeB.acquire(client))
                .as("6th request: 5 taken on two nodes")
                .isEqualTo(1);
        assertThat(nodeA.acquire(client)).isEqualTo(1);

        clockA.advance(Duration.ofSeconds(1));
        clockB.advance(Duration.ofSeconds(1));
        assertThat(nodeB.acquire(client)).isZero();
        assertThat(nodeA.acquire(client)).isEqualTo(1);
    }

    @Test
    void aClientsKeyExpiresOnceItsBucketIsFullAgainPlusAMinute() {
        RateLimiter limiter = new RateLimiter(RateLimiter.buckets(redisA, clockA), 120, 2);
        String client = "10.7.8.9/" + UUID.randomUUID();
        assertThat(limiter.acquire(client)).isZero();
        // one token at 2 a second: full again after 0.5 s, kept a minute more
        long ttl = redisA.sync().pttl(RateLimiter.REDIS_PREFIX + client);
        assertThat(ttl).isBetween(59_000L, 61_000L);
    }

    @Test
    void concurrentRequestsOnBothNodesNeverTakeMoreThanTheCapacity() throws Exception {
        RateLimiter nodeA = new RateLimiter(RateLimiter.buckets(redisA, clockA), 40, 0.001);
        RateLimiter nodeB = new RateLimiter(RateLimiter.buckets(redisB, clockB), 40, 0.001);
        String client = "10.4.5.6/" + UUID.randomUUID();
        var allowed = new java.util.concurrent.atomic.AtomicInteger();
        var threads = new java.util.ArrayList<Thread>();
        for (int t = 0; t < 8; t++) {
            RateLimiter node = t % 2 == 0 ? nodeA : nodeB;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 10; i++) {
                    if (node.acquire(client) == 0) {
                        allowed.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(allowed.get()).as("80 requests from 8 threads on two nodes").isEqualTo(40);
    }

    @Test
    void whenRedisCannotBeReachedTheLimiterSaysSo() {
        RateLimiter limiter = new RateLimiter(RateLimiter.buckets(redisA, clockA), 5, 1);
        redisA.close();
        assertThatThrownBy(() -> limiter.acquire("10.0.0.9")).isInstanceOf(RateLimiter.BucketsUnavailable.class);
    }

    static boolean answers(RedisURI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
