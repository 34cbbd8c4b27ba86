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
 * names from the never-cached bootstrap page), so a returning reader revalidated some 25 files every hour: on a slow
 * connection each costs a round trip. Those files, and push's script when its URL carries its version
 * ({@code /VAADIN/static/push/...?v=}), get {@code max-age=31536000, immutable} instead, and the {@code Pragma} and
 * {@code Expires} headers Spring Security adds to every response are left out for them. Errors (a stale hash after a
 * deploy) keep the normal no-cache headers. Lumo's and our own style sheets already come with a content hash in the
 * query ({@code ?v-c=}) and Vaadin's immutable header.
 */
@Configuration
class StaticResourceCaching {

    static final String IMMUTABLE = "max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<Filter> hashedResourceCacheFilter() {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            boolean hashed = http.getRequestURI().startsWith(http.getContextPath() + "/VAADIN/build/")
                    || http.getParameter("v") != null;
            if (hashed && "GET".equals(http.getMethod())) {
                chain.doFilter(request, new Immutable((HttpServletResponse) response));
            } else {
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/VAADIN/build/*", "/VAADIN/static/push/*");
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
