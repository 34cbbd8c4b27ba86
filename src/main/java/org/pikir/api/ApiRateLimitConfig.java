package org.pikir.api;

import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's rate limit: per client address, shared by all nodes through PostgreSQL (docs/decisions/720). */
@Configuration(proxyBeanMethods = false)
class ApiRateLimitConfig {

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> apiRateLimitBuckets(DataSource dataSource, Clock clock) {
        return RateLimiter.buckets(dataSource, clock);
    }

    @Bean
    RateLimiter apiRateLimiter(
            PostgreSQLSelectForUpdateBasedProxyManager<String> apiRateLimitBuckets,
            @Value("${pikir.api.rate-limit.capacity:120}") int capacity,
            @Value("${pikir.api.rate-limit.per-second:2}") double perSecond) {
        return new RateLimiter(apiRateLimitBuckets, capacity, perSecond);
    }
}
