package org.pikir.account;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.pikir.account.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One filter chain: Vaadin's navigation access control (views deny by default), form login, optional OIDC
 * login when a provider is configured, and method security for every service.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Paths of the public, read-only open-data API and static assets; everything else goes through Vaadin. */
    static final String[] PUBLIC_PATHS = {
        "/api/**",
        "/actuator/health",
        "/actuator/health/**",
        "/styles/**",
        "/images/**",
        "/icons/**",
        "/favicon.ico",
        "/robots.txt"
    };

    /**
     * What a Vaadin 25 page needs and nothing more: its own scripts and styles, plus inline scripts and styles
     * and {@code eval} (Flow's bootstrap is inline, {@code executeJs} compiles functions, Lumo sets inline
     * styles); images from the app and data/blob URLs (charts, uploads' previews); push over the same origin.
     * No plug-ins, no framing by other sites, forms post only to Pikir. User text is never HTML, so the
     * inline allowance does not open a hole for it. Overridable with {@code PIKIR_CSP}.
     */
    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Nothing in Pikir uses the camera, microphone, location, payments or sensors. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidc,
            UserAccountRepository accounts,
            TransactionTemplate tx,
            Clock clock,
            RequestUtil vaadinRequests,
            @Value("${PIKIR_CSP:" + DEFAULT_CSP + "}") String csp)
            throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(c -> c.policyDirectives(csp))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(f -> f.deny())
                // Sent on HTTPS only (directly, or behind a proxy that forwards X-Forwarded-Proto: see README).
                .httpStrictTransportSecurity(h -> h.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                // Before the request is handled, not when the response commits: Vaadin can write its bootstrap
                // page past the wrapper that would add them on commit (seen in the end-to-end tests).
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token and are exempt from Spring's; the sign-in POST is not:
        // Vaadin would exempt its login page (and so POST /login) too, which lets another site sign a visitor in
        // to an account of its choosing (login CSRF). The LoginForm sends the token from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        boolean oidcConfigured = oidc.getIfAvailable() != null;
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/");
            vaadin.enableCsrfConfiguration(false);
            // Unknown URLs reach Vaadin's router (translated 404) instead of a login redirect; every view still
            // needs its access annotation (navigation access control denies by default) and services their
            // method security.
            vaadin.anyRequest(url -> url.permitAll());
            if (oidcConfigured) {
                vaadin.oauth2LoginPage("/login");
            }
        });
        if (oidcConfigured) {
            http.oauth2Login(
                    o -> o.userInfoEndpoint(u -> u.oidcUserService(new OidcAccountLinker(accounts, tx, clock))));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating: bcrypt today, and hashes carry their algorithm id so it can change without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
