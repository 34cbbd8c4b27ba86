package org.pikir.shared.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Which reverse proxies' {@code X-Forwarded-For}/{@code -Proto} headers Tomcat believes: only those listed in
 * {@code PIKIR_TRUSTED_PROXIES} (addresses or CIDR ranges, comma-separated), none by default. From anyone else the
 * headers are ignored and the connection's own address is the client's, so a visitor cannot pick the address the
 * API rate limit and the sign-in throttle count against, and behind a configured proxy they count the citizen's
 * address instead of one bucket for every visitor.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxiesConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatWebServerFactory> trustedProxies(
            @Value("${pikir.trusted-proxies:}") String trustedProxies) {
        return new TrustedProxies(cidrList(trustedProxies));
    }

    /** Runs after Spring Boot's customizer (order 0), which adds the valve for server.forward-headers-strategy=native. */
    private record TrustedProxies(String cidrs) implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatWebServerFactory factory) {
            factory.getEngineValves().stream()
                    .filter(RemoteIpValve.class::isInstance)
                    .map(RemoteIpValve.class::cast)
                    .forEach(valve -> {
                        valve.setInternalProxies(cidrs);
                        valve.setTrustedProxies(null);
                    });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * "10.0.0.5, 172.28.0.0/24" → "10.0.0.5/32, 172.28.0.0/24": Tomcat reads a value with a slash as a CIDR list
     * and one without as a regular expression, so single addresses get their prefix length. Empty: nothing trusted.
     */
    static String cidrList(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        List<String> cidrs = new ArrayList<>();
        for (String entry : value.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress parsed;
            try {
                parsed = InetAddress.ofLiteral(address); // a literal only: no name look-up
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "PIKIR_TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR range", e);
            }
            int bits = parsed.getAddress().length * 8;
            if (slash >= 0) {
                int prefix;
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException(
                            "PIKIR_TRUSTED_PROXIES: '" + entry + "' has an invalid prefix length");
                }
                cidrs.add(entry);
            } else {
                cidrs.add(entry + "/" + bits);
            }
        }
        return String.join(", ", cidrs);
    }
}
