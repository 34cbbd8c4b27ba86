package org.pikir.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.pikir.account.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidc,
            UserAccountRepository accounts,
            TransactionTemplate tx,
            Clock clock)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        boolean oidcConfigured = oidc.getIfAvailable() != null;
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/");
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
