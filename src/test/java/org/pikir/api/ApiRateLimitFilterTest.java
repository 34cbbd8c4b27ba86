package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiRateLimitFilterTest {

    @Test
    void whenTheBucketsCannotBeReachedTheRequestIsServed() throws Exception {
        // nothing listens on port 1: every attempt to reach the buckets fails at once
        var unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none", "none", "none");
        var filter = new ApiWebConfig.ApiRateLimitFilter(
                new RateLimiter(RateLimiter.buckets(unreachable, Clock.systemUTC()), 1, 1));
        var request = new MockHttpServletRequest("GET", "/api/v1/countries");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).as("passed on to the API").isSameAs(request);
    }
}
