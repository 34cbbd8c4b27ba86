package org.pikir.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Filters of the open-data API: a per-IP rate limit shared by all nodes (429 + Retry-After, {@link RateLimiter}) and
 * ETags with 304 answers.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfig {

    static final String API = "/api/v1/*";

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(RateLimiter apiRateLimiter) {
        var registration = new FilterRegistrationBean<>(new ApiRateLimitFilter(apiRateLimiter));
        registration.addUrlPatterns(API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Answers 429 with Retry-After when a client address has used up its bucket. */
    static final class ApiRateLimitFilter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(ApiRateLimitFilter.class);

        private final RateLimiter limiter;

        ApiRateLimitFilter(RateLimiter limiter) {
            this.limiter = limiter;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getRequestURI().endsWith("/api/v1/health");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long wait;
            try {
                wait = limiter.acquire(request.getRemoteAddr());
            } catch (RateLimiter.BucketsUnavailable e) {
                // the buckets' store is unreachable or too slow: serve the request rather than refuse everyone
                // (the API needs the database for its data anyway, so it fails there if the database is down)
                log.warn("API rate limit not applied: {}", e.getMessage());
                wait = 0;
            }
            if (wait > 0) {
                response.setHeader("Retry-After", String.valueOf(wait));
                ApiErrorConfig.write(response, 429, Problems.json(429, "too many requests"));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
