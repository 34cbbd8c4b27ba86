package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one database share a client's rate limit: each "node" here is a limiter of its own on
 * a connection pool of its own (nothing shared in the JVM), with a clock of its own; only PostgreSQL joins them.
 */
@IntegrationTest
class RateLimitAcrossNodesTest {

    @Autowired
    DataSource applicationDataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final MutableClock clockA = new MutableClock();
    private final MutableClock clockB = new MutableClock();
    private HikariDataSource poolA;
    private HikariDataSource poolB;
    private RateLimiter nodeA;
    private RateLimiter nodeB;

    @BeforeEach
    void startTwoNodes() {
        poolA = pool("node-a");
        poolB = pool("node-b");
        nodeA = new RateLimiter(RateLimiter.buckets(poolA, clockA), 5, 1);
        nodeB = new RateLimiter(RateLimiter.buckets(poolB, clockB), 5, 1);
    }

    @AfterEach
    void stopNodes() {
        poolA.close();
        poolB.close();
    }

    @Test
    void aClientsCapacityIsSharedByTheNodesAndRefillsForBoth() {
        String client = "10.1.2.3/" + UUID.randomUUID();
        assertThat(nodeA.acquire(client)).isZero();
        assertThat(nodeA.acquire(client)).isZero();
        assertThat(nodeA.acquire(client)).isZero();
        assertThat(nodeB.acquire(client)).isZero();
        assertThat(nodeB.acquire(client)).isZero();
        assertThat(nodeB.acquire(client))
                .as("6th request: 5 taken on two nodes")
                .isEqualTo(1);
        assertThat(nodeA.acquire(client)).as("node A knows it too").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from api_rate_limit where id = ?", Integer.class, client))
                .isOne();

        // a second later one token has come back, for the client as a whole
        clockA.advance(Duration.ofSeconds(1));
        clockB.advance(Duration.ofSeconds(1));
        assertThat(nodeB.acquire(client)).isZero();
        assertThat(nodeA.acquire(client)).isEqualTo(1);

        clockA.advance(Duration.ofSeconds(10));
        clockB.advance(Duration.ofSeconds(10));
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            allowed += (i % 2 == 0 ? nodeA : nodeB).acquire(client) == 0 ? 1 : 0;
        }
        assertThat(allowed)
                .as("a full bucket again, never more than its capacity")
                .isEqualTo(5);
    }

    @Test
    void concurrentRequestsOnBothNodesNeverTakeMoreThanTheCapacity() throws Exception {
        String client = "10.4.5.6/" + UUID.randomUUID();
        RateLimiter slowA = new RateLimiter(RateLimiter.buckets(poolA, clockA), 40, 0.001);
        RateLimiter slowB = new RateLimiter(RateLimiter.buckets(poolB, clockB), 40, 0.001);
        var allowed = new java.util.concurrent.atomic.AtomicInteger();
        var threads = new java.util.ArrayList<Thread>();
        for (int t = 0; t < 8; t++) {
            RateLimiter node = t % 2 == 0 ? slowA : slowB;
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

    private HikariDataSource pool(String name) {
        // the same database the application uses, through a pool of this "node"'s own
        HikariDataSource app = unwrap();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(app.getJdbcUrl());
        config.setUsername(app.getUsername());
        config.setPassword(app.getPassword());
        config.setMaximumPoolSize(4);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    private HikariDataSource unwrap() {
        try {
            return applicationDataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
