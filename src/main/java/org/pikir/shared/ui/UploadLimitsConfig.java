package org.pikir.shared.ui;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies are limited before anything reads them: a body that declares more than
 * {@code spring.servlet.multipart.max-request-size} is answered 413 at once, and Vaadin's servlet gets the multipart
 * limits too (Vaadin registers it with an unlimited multipart configuration of its own, so Spring Boot's
 * {@code spring.servlet.multipart.*} would not reach it), so a multipart body without a length is cut off by the
 * container at {@code max-file-size}. Raw uploads of unknown length are counted by the upload handler itself
 * ({@link LimitedUpload}).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitsConfig {

    @Bean
    static BeanPostProcessor vaadinServletMultipartLimits(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.setMultipartConfig(new MultipartConfigElement(
                            "",
                            size(environment, "spring.servlet.multipart.max-file-size", "10MB"),
                            size(environment, "spring.servlet.multipart.max-request-size", "11MB"),
                            (int) size(environment, "spring.servlet.multipart.file-size-threshold", "1MB")));
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<DeclaredSizeLimitFilter> declaredSizeLimitFilter(
            @Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
        var registration = new FilterRegistrationBean<>(new DeclaredSizeLimitFilter(maxRequestSize.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static long size(Environment environment, String key, String fallback) {
        return DataSize.parse(environment.getProperty(key, fallback)).toBytes();
    }

    /** 413 for a request whose Content-Length is above the limit, without reading its body. */
    static final class DeclaredSizeLimitFilter extends OncePerRequestFilter {

        private final long maxBytes;

        DeclaredSizeLimitFilter(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maxBytes) {
                response.setHeader("Connection", "close");
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("request too large");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
