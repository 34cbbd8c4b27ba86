package org.pikir.shell;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Long-lived caching of Vaadin's content-hashed bundle files (issue 16). Vaadin sends {@code max-age=3600} for
 * {@code /VAADIN/build/*} although every file name there carries a hash of its content (a new build references new
 * names from the never-cached bootstrap page). Those files, push's script when its URL carries its version
 * ({@code /VAADIN/static/push/...?v=}) and the style sheets linked with a content hash ({@code /lumo/lumo.css?v-c=},
 * {@code /styles/pikir.css?v-c=}) get {@code max-age=31536000, immutable}, and the {@code Pragma: no-cache} and
 * {@code Expires: 0} Spring Security adds to every response are left out for them: Chromium revalidates a response
 * with {@code Pragma: no-cache} whatever its {@code Cache-Control} says, so a returning reader paid one round trip
 * per file (measured: 29 requests on a warm visit of the home page). Errors (a stale hash after a deploy) keep the
 * normal no-cache headers.
 */
@Configuration
class StaticResourceCaching {

    static final String IMMUTABLE = "max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<Filter> hashedResourceCacheFilter() {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            boolean hashed = http.getRequestURI().startsWith(http.getContextPath() + "/VAADIN/build/")
                    || http.getParameter("v") != null
                    || http.getParameter("v-c") != null;
            if (hashed && "GET".equals(http.getMethod())) {
                chain.doFilter(request, new Immutable((HttpServletResponse) response));
            } else {
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/VAADIN/build/*", "/VAADIN/static/push/*", "/lumo/*", "/styles/*");
        registration.setName("hashedResourceCacheFilter");
        // Outside Spring Security's filters, so that the headers they write pass through the wrapper too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Fixes the caching headers of a successful response; lets everything through for an error. */
    static final class Immutable extends HttpServletResponseWrapper {

        private boolean error;

        Immutable(HttpServletResponse response) {
            super(response);
            super.setHeader("Cache-Control", IMMUTABLE);
        }

        private boolean caching(String name) {
            return !error
                    && ("Cache-Control".equalsIgnoreCase(name)
                            || "Pragma".equalsIgnoreCase(name)
                            || "Expires".equalsIgnoreCase(name));
        }

        private void status(int code) {
            if (code >= 400 && !error) {
                error = true;
                super.setHeader("Cache-Control", "no-cache");
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setStatus(int sc) {
            status(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status(sc);
            super.sendError(sc, msg);
        }
    }
}
