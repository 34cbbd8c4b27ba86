package org.pikir.api;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The API's rate limit: per client address, shared by all nodes through PostgreSQL, or through Redis when
 * {@code pikir.api.rate-limit.redis-url} ({@code PIKIR_REDIS_URL}) is set (docs/decisions/720).
 */
@Configuration(proxyBeanMethods = false)
class ApiRateLimitConfig {

    static final String REDIS_URL = "pikir.api.rate-limit.redis-url";

    @Bean
    RateLimiter apiRateLimiter(
            ProxyManager<String> apiRateLimitBuckets,
            @Value("${pikir.api.rate-limit.capacity:120}") int capacity,
            @Value("${pikir.api.rate-limit.per-second:2}") double perSecond) {
        return new RateLimiter(apiRateLimitBuckets, capacity, perSecond);
    }

    /** The default: a row per client in {@code api_rate_limit}, expired rows deleted by a scheduled job. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(NoRedis.class)
    static class InPostgreSql {

        @Bean
        PostgreSQLSelectForUpdateBasedProxyManager<String> apiRateLimitBuckets(DataSource dataSource, Clock clock) {
            return RateLimiter.buckets(dataSource, clock);
        }

        @Bean
        ApiRateLimitCleanup apiRateLimitCleanup(
                PostgreSQLSelectForUpdateBasedProxyManager<String> apiRateLimitBuckets) {
            return new ApiRateLimitCleanup(apiRateLimitBuckets);
        }
    }

    /** A key per client in Redis, which expires by itself. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.class)
    static class InRedis {

        @Bean(destroyMethod = "shutdown")
        RedisClient apiRateLimitRedis(@Value("${" + REDIS_URL + "}") String url) {
            RedisURI uri = RedisURI.create(url);
            uri.setTimeout(Duration.ofSeconds(2));
            RedisClient client = RedisClient.create(uri);
            // while Redis is away, fail at once (the filter then serves the request) instead of queueing commands
            client.setOptions(ClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .build());
            return client;
        }

        @Bean(destroyMethod = "close")
        StatefulRedisConnection<String, byte[]> apiRateLimitRedisConnection(RedisClient apiRateLimitRedis) {
            return apiRateLimitRedis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        }

        @Bean
        ProxyManager<String> apiRateLimitBuckets(
                StatefulRedisConnection<String, byte[]> apiRateLimitRedisConnection, Clock clock) {
            return RateLimiter.buckets(apiRateLimitRedisConnection, clock);
        }
    }

    static final class RedisConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty(REDIS_URL);
            return url != null && !url.isBlank();
        }
    }

    static final class NoRedis implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new RedisConfigured().matches(context, metadata);
        }
    }
}
