package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a browser, a monitor and an API client see over HTTP: security headers on pages, the session cookie,
 * HTTPS behind a proxy, and 404 for what does not exist (pages, API routes, actuator endpoints).
 */
class WebHardeningE2ETest extends E2ETest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures consultations;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarryTheSecurityHeadersAndASameSiteSessionCookie() throws Exception {
        HttpResponse<String> home = get("/", "text/html");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(header(home, "Content-Security-Policy"))
                .as("headers %s body %s", home.headers().map(), home.body())
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'")
                .contains("form-action 'self'");
        assertThat(header(home, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(home, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(home, "Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        assertThat(header(home, "X-Frame-Options")).isEqualTo("DENY");
        // Plain HTTP: no HSTS, and the cookie cannot be Secure.
        assertThat(home.headers().firstValue("Strict-Transport-Security")).isEmpty();
        String cookie = sessionCookie(home);
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        // the trusted proxy of the test profile (pikir.trusted-proxies=127.0.0.2)
        HttpClient proxy = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(java.net.InetAddress.getByName("127.0.0.2"))
                .build();
        HttpResponse<String> home = proxy.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .header("Accept", "text/html")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.7")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(header(home, "Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(sessionCookie(home)).contains("Secure").contains("SameSite=Lax");

        // the same headers from anyone else are ignored
        HttpResponse<String> spoofed = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .header("Accept", "text/html")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.7")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(spoofed.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(spoofed)).doesNotContain("Secure");
    }

    @Test
    void anUnknownPageIsA404WithTheTranslatedNotFoundView() throws Exception {
        assertThat(get("/no-such-page", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/deep/page", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/consultations", "text/html").statusCode()).isEqualTo(200);
        long agency = jdbc.queryForObject("select min(id) from agency where country_code = 'KZ'", Long.class);
        long published = consultations.openDraft(accounts.official(agency), "Open for the 404 check", 1);
        assertThat(get("/consultations/" + published, "text/html").statusCode()).isEqualTo(200);
        // an existing route with a record nobody has: 404 too, and the same translated view
        assertThat(get("/consultations/999999999", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/consultations/999999999/diff", "text/html").statusCode())
                .isEqualTo(404);
        assertThat(get("/reports/999999999", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/answers/999999999", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/consultations/" + published + "/diff", "text/html").statusCode())
                .isEqualTo(200);

        page.navigate(url("/no-such-page"));
        assertThat(page.locator("#not-found h1")).hasText("Page not found");
        page.navigate(url("/consultations/999999999"));
        assertThat(page.locator("#not-found h1")).hasText("Page not found");
    }

    @Test
    void unknownApiAndActuatorAddressesAnswerAJson404WithoutASession() throws Exception {
        for (String path : List.of("/api/v1/appeals", "/api/v2/drafts", "/api", "/actuator/env", "/actuator")) {
            HttpResponse<String> r = get(path, "application/json");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(header(r, "Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(r.body())
                    .as(path)
                    .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                            + "\"detail\":\"no such resource\"}");
            assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(get("/api/v1/countries", "application/json").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", "application/json").statusCode())
                .isEqualTo(200);
        assertThat(get("/actuator/health/readiness", "application/json").statusCode())
                .isIn(200, 503);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static String sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no session cookie in " + r.headers().map()));
    }
}
