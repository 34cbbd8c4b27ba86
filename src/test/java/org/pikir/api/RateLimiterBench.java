package org.pikir.api;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Throughput of the API rate limiter ({@code bench/rate-limit.sh}, issue 15): {@code threads} threads call
 * {@link RateLimiter#acquire} as fast as they can for {@code seconds} (after a warm-up), once spread over many
 * client addresses and once all on one address (one client hammering the API). Prints calls per second, how many
 * were allowed or refused, and the latency of a call (median, p99). The buckets live in a throw-away embedded
 * PostgreSQL set up as the application's. A measurement, not a test.
 */
public final class RateLimiterBench {

    private static final int SAMPLES_PER_THREAD = 200_000;

    private RateLimiterBench() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (args.length > 2 && args[2].startsWith("redis://")) {
            redis(args[2], threads, seconds);
            return;
        }
        boolean durable = args.length <= 2 || !"no-fsync".equals(args[2]);
        Path data = Files.createTempDirectory("pikir-rate-limit-bench-");
        // like the application's own embedded database (EmbeddedPostgresConfig): fsync and synchronous commit on,
        // unless "no-fsync" (as in the tests)
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(true)
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setLocaleConfig("encoding", "UTF8")
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", durable ? "on" : "off")
                        .setServerConfig("synchronous_commit", durable ? "on" : "off")
                        .start();
                HikariDataSource pool = pool(postgres)) {
            String migration = new String(
                    RateLimiterBench.class
                            .getResourceAsStream("/db/migration/V720__api_rate_limit.sql")
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            new JdbcTemplate(pool).execute(migration);
            RateLimiter limiter = new RateLimiter(RateLimiter.buckets(pool, Clock.systemUTC()), 120, 2);
            System.out.printf(
                    "Bucket4j on the embedded PostgreSQL (%s, pool of %d), %d threads, %d s%n",
                    durable ? "fsync and synchronous commit on" : "fsync off",
                    pool.getMaximumPoolSize(),
                    threads,
                    seconds);
            measure("10000 client addresses", limiter, threads, seconds, 10_000);
            measure("one client address", limiter, threads, seconds, 1);
            System.out.println("rows in api_rate_limit: "
                    + new JdbcTemplate(pool).queryForObject("select count(*) from api_rate_limit", Long.class));
        }
    }

    /** The same with the buckets in Redis (one Lettuce connection, as the application has). */
    private static void redis(String url, int threads, int seconds) throws InterruptedException {
        RedisClient client = RedisClient.create(url);
        try (StatefulRedisConnection<String, byte[]> redis =
                client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE))) {
            RateLimiter limiter = new RateLimiter(RateLimiter.buckets(redis, Clock.systemUTC()), 120, 2);
            System.out.printf("Bucket4j on Redis (%s, one connection), %d threads, %d s%n", url, threads, seconds);
            measure("10000 client addresses", limiter, threads, seconds, 10_000);
            measure("one client address", limiter, threads, seconds, 1);
        } finally {
            client.shutdown();
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20); // the application's default (pikir.embedded-db.pool-size)
        config.setPoolName("bench");
        return new HikariDataSource(config);
    }

    static void measure(String scenario, RateLimiter limiter, int threads, int seconds, int clients)
            throws InterruptedException {
        String[] addresses = new String[clients];
        for (int i = 0; i < clients; i++) {
            addresses[i] = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255) + "-" + scenario.length();
        }
        for (String address : addresses) {
            limiter.acquire(address); // every client has its row: returning clients, the common case
        }
        run(limiter, threads, Math.min(3, seconds), addresses); // warm-up: JIT, pool
        Result result = run(limiter, threads, seconds, addresses);
        System.out.printf(
                "%-24s %,10.0f calls/s  (allowed %,d, refused %,d)  latency median %.3f ms, p99 %.3f ms%n",
                scenario + ":",
                result.calls() / (double) seconds,
                result.allowed(),
                result.refused(),
                result.percentileMillis(0.50),
                result.percentileMillis(0.99));
    }

    private static Result run(RateLimiter limiter, int threads, int seconds, String[] addresses)
            throws InterruptedException {
        LongAdder allowed = new LongAdder();
        LongAdder refused = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        List<long[]> samples = new ArrayList<>();
        int[] sampled = new int[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] own = new long[SAMPLES_PER_THREAD];
            samples.add(own);
            int index = t;
            workers.add(Thread.ofPlatform().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int n = 0;
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (!stop.get()) {
                    String client = addresses[random.nextInt(addresses.length)];
                    long before = System.nanoTime();
                    long wait = limiter.acquire(client);
                    long took = System.nanoTime() - before;
                    if (n < own.length) {
                        own[n++] = took;
                    }
                    (wait == 0 ? allowed : refused).increment();
                }
                sampled[index] = n;
            }));
        }
        start.countDown();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        int total = Arrays.stream(sampled).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(samples.get(t), 0, all, at, sampled[t]);
            at += sampled[t];
        }
        Arrays.sort(all);
        return new Result(allowed.sum(), refused.sum(), all);
    }

    private record Result(long allowed, long refused, long[] sortedNanos) {
        long calls() {
            return allowed + refused;
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            return sortedNanos[(int) Math.min(sortedNanos.length - 1, p * sortedNanos.length)] / 1e6;
        }
    }
}
