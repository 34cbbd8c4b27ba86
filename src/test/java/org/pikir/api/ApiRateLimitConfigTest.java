package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.lettuce.core.RedisClient;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Which store holds the buckets: PostgreSQL unless a Redis URL is configured (then no cleanup job either). */
class ApiRateLimitConfigTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ApiRateLimitConfig.class)
            .withBean(DataSource.class, () -> new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none"))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void withoutRedisTheBucketsAreInPostgreSql() {
        context.run(ctx -> {
            assertThat(ctx).hasSingleBean(RateLimiter.class);
            assertThat(ctx.getBean(ProxyManager.class)).isInstanceOf(PostgreSQLSelectForUpdateBasedProxyManager.class);
            assertThat(ctx).hasSingleBean(ApiRateLimitCleanup.class).doesNotHaveBean(RedisClient.class);
        });
        context.withPropertyValues(ApiRateLimitConfig.REDIS_URL + "=")
                .run(ctx ->
                        assertThat(ctx).hasSingleBean(ApiRateLimitCleanup.class).doesNotHaveBean(RedisClient.class));
    }

    @Test
    void withARedisUrlTheBucketsAreInRedis() {
        // connects at start: needs the local Redis
        assumeTrue(RedisRateLimitTest.answers(io.lettuce.core.RedisURI.create("redis://127.0.0.1:6379/0")));
        context.withPropertyValues(ApiRateLimitConfig.REDIS_URL + "=redis://127.0.0.1:6379/0")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(RedisClient.class);
                    assertThat(ctx.getBean(ProxyManager.class))
                            .isNotInstanceOf(PostgreSQLSelectForUpdateBasedProxyManager.class);
                    assertThat(ctx).doesNotHaveBean(ApiRateLimitCleanup.class);
                    assertThat(ctx.getBean(RateLimiter.class).acquire("config-test/" + System.nanoTime()))
                            .isZero();
                });
    }
}
