package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19's probes over real HTTP against the running app: login CSRF, one answer for every failed sign-in, the
 * throttle and the API rate limit keyed by the client's real address (forwarded headers believed only from the
 * trusted proxy 127.0.0.2, see application-test.properties), and a 50 MB upload refused while it streams.
 */
class SignInAndEdgesHttpE2ETest extends E2ETest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER =
            Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final long FIFTY_MB = 50L * 1000 * 1000;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A client connecting from 127.0.0.1: not a trusted proxy. */
    private final HttpClient direct = client(null);

    /** A client connecting from 127.0.0.2: the trusted reverse proxy. */
    private final HttpClient proxy = client("127.0.0.2");

    @Test
    void aBarePostToLoginIsRefusedAndOnlyThePagesTokenSignsIn() throws Exception {
        String email = accounts.citizen("KZ").getUsername();

        HttpResponse<String> bare =
                post(direct, "/login", form(email, AccountFixtures.PASSWORD, null, null), null, null);
        assertThat(bare.statusCode()).as("no token: %s", bare.headers().map()).isEqualTo(403);
        assertThat(bare.headers().firstValue("Location")).isEmpty();

        LoginPage login = loginPage(direct, null);
        // a token from another session (the attacker's own) is no good in the victim's browser either
        HttpResponse<String> foreignToken = post(
                direct, "/login", form(email, AccountFixtures.PASSWORD, login.parameter(), login.token()), null, null);
        assertThat(foreignToken.statusCode()).isEqualTo(403);

        HttpResponse<String> signedIn = post(
                direct,
                "/login",
                form(email, AccountFixtures.PASSWORD, login.parameter(), login.token()),
                login.cookie(),
                null);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void aWrongPasswordAnUnknownAccountAndAThrottledAttemptGetTheSameAnswer() throws Exception {
        String email = accounts.citizen("KZ").getUsername();
        String client = "198.51.100." + (10 + (int) (Math.random() * 200));

        String wrong = failedSignIn(email, "wrong-password-1", client);
        String unknown = failedSignIn("nobody-" + UUID.randomUUID() + "@pikir.test", "wrong-password-1", client);
        for (int i = 0; i < 4; i++) {
            failedSignIn(email, "wrong-password-" + i, client);
        }
        for (int i = 4; i < 7; i++) { // past the allowance the pauses double (1 s, 2 s, 4 s): wait each one out
            Timestamp next = jdbc.queryForObject(
                    "select next_attempt from login_throttle where throttle_key = ?",
                    Timestamp.class,
                    "pair:" + email.toLowerCase() + " " + client);
            clock.advance(Duration.between(clock.instant(), next.toInstant()).plusMillis(1));
            failedSignIn(email, "wrong-password-" + i, client);
        }
        // the right password while this address waits (8 s): refused, and no different from the others
        String throttled = failedSignIn(email, AccountFixtures.PASSWORD, client);
        assertThat(wrong).endsWith("/login?error");
        assertThat(unknown).isEqualTo(wrong);
        assertThat(throttled).isEqualTo(wrong);

        // the owner from elsewhere is not locked out
        LoginPage login = loginPage(proxy, "198.51.100.250");
        HttpResponse<String> owner = post(
                proxy,
                "/login",
                form(email, AccountFixtures.PASSWORD, login.parameter(), login.token()),
                login.cookie(),
                "198.51.100.250");
        assertThat(owner.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        // and the page says the same for a known and an unknown address; back on the real time first, since the
        // browser's failures count for its address (127.0.0.1, shared by every journey) and, recorded on the
        // shifted clock, made that address wait those seconds of real time: the next journey's sign-in failed
        clock.reset();
        String knownText = signInExpectingFailure(email, "wrong-password-browser");
        String unknownText =
                signInExpectingFailure("nobody-" + UUID.randomUUID() + "@pikir.test", "wrong-password-browser");
        assertThat(knownText).contains("Sign-in failed").contains("Check your e-mail and password and try again.");
        assertThat(unknownText).isEqualTo(knownText);
    }

    @Test
    void forwardedHeadersCountOnlyFromTheTrustedProxy() throws Exception {
        HttpResponse<String> spoofed = get(direct, "/api/v1/countries", "203.0.113.50");
        assertThat(spoofed.statusCode()).isEqualTo(200);
        assertThat(spoofed.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(bucket("203.0.113.50"))
                .as("X-Forwarded-For from a stranger is ignored")
                .isZero();
        assertThat(bucket("127.0.0.1")).isOne();

        HttpResponse<String> forwarded = get(proxy, "/api/v1/countries", "203.0.113.51");
        assertThat(forwarded.statusCode()).isEqualTo(200);
        assertThat(forwarded.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(bucket("203.0.113.51"))
                .as("the rate limit counts the client behind the proxy")
                .isOne();
        assertThat(bucket("127.0.0.2")).isZero();

        // the sign-in throttle counts the same address
        String email = accounts.citizen("KZ").getUsername();
        failedSignIn(email, "wrong-password-1", "198.51.100.7");
        assertThat(throttleKey("client:198.51.100.7")).isOne();
        LoginPage login = loginPage(direct, "198.51.100.8");
        post(
                direct,
                "/login",
                form(email, "wrong-password-2", login.parameter(), login.token()),
                login.cookie(),
                "198.51.100.8");
        assertThat(throttleKey("client:198.51.100.8")).isZero();
        assertThat(throttleKey("pair:" + email.toLowerCase() + " 127.0.0.1")).isOne();
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedWhileItStreams() throws Exception {
        signIn(accounts.citizen("KZ").getUsername(), AccountFixtures.PASSWORD);
        open("/appeals/new");
        String target = page.locator("#appeal-upload").getAttribute("target");
        assertThat(target).isNotBlank();
        URI upload = URI.create("http://127.0.0.1:" + port + "/").resolve(target);
        String cookie = browserContext.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> "JSESSIONID=" + c.value)
                .findFirst()
                .orElseThrow();
        long before = jdbc.queryForObject("select count(*) from appeal_attachment", Long.class);

        // declared up front: refused before a byte of it is read
        Sent declared = send(upload, cookie, "application/pdf", FIFTY_MB, true);
        assertThat(declared.status()).as("declared 50 MB").isIn(413, -1);
        // no length given, as a hostile client may: the handler stops reading at 10 MiB + 1
        Sent chunked = send(upload, cookie, "application/pdf", FIFTY_MB, false);
        assertThat(chunked.status()).as("streamed 50 MB").isIn(422, 413, 500, -1);
        // the same as multipart: the container stops at its 10 MB limit
        Sent multipart = send(upload, cookie, "multipart/form-data; boundary=pikir-boundary", FIFTY_MB, false);
        assertThat(multipart.status()).as("multipart 50 MB").isIn(413, 422, 500, -1);
        System.out.printf(
                "50 MB uploads: declared %s, chunked %s, multipart %s (status, bytes the client sent)%n",
                declared, chunked, multipart);
        for (Sent sent : new Sent[] {declared, chunked, multipart}) {
            // what the client got rid of: what the server read (<= 10 MiB + 2 MB swallowed) plus the sockets'
            // buffers, far from the 50 MB
            assertThat(sent.bytes()).as("bytes the client could send").isLessThan(30L * 1000 * 1000);
        }

        // the same target takes a small file: the refusals above were the size's
        Sent small = send(upload, cookie, "application/pdf", 1_000, true);
        assertThat(small.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from appeal_attachment", Long.class))
                .isEqualTo(before);
    }

    private record LoginPage(String cookie, String parameter, String token) {}

    private record Sent(int status, long bytes) {}

    /** Posts a wrong sign-in through the trusted proxy for {@code client}; returns where it was sent. */
    private String failedSignIn(String email, String password, String client) throws Exception {
        LoginPage login = loginPage(proxy, client);
        HttpResponse<String> r =
                post(proxy, "/login", form(email, password, login.parameter(), login.token()), login.cookie(), client);
        assertThat(r.statusCode()).as("%s %s", email, r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("error");
        return location;
    }

    /** Signs in through the form, expecting a failure; returns the message the form shows. */
    private String signInExpectingFailure(String email, String password) {
        open("/login");
        page.locator("#login-form input[name='username']").fill(email);
        page.locator("#login-form input[name='password']").fill(password);
        page.locator("#login-form vaadin-button[slot='submit'], #login-form button[type='submit']")
                .first()
                .click();
        page.waitForURL(u -> u.contains("error"));
        var message = page.locator("#login-form [part='error-message']").first();
        assertThat(message).isVisible();
        return message.innerText();
    }

    private LoginPage loginPage(HttpClient http, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher token = CSRF.matcher(r.body());
        Matcher parameter = CSRF_PARAMETER.matcher(r.body());
        assertThat(token.find())
                .as("the login page carries the CSRF token for Vaadin's LoginForm")
                .isTrue();
        assertThat(parameter.find()).isTrue();
        String cookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        return new LoginPage(cookie, parameter.group(1), token.group(1));
    }

    private HttpResponse<String> post(HttpClient http, String path, String body, String cookie, String forwardedFor)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient http, String path, String forwardedFor) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "application/json")
                        .header("X-Forwarded-For", forwardedFor)
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code size} bytes (with or without a Content-Length) and counts how many the client got rid of. */
    private Sent send(URI target, String cookie, String contentType, long size, boolean declared) {
        AtomicLong supplied = new AtomicLong();
        byte[] head = contentType.startsWith("multipart/")
                ? ("--pikir-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII)
                : new byte[0];
        HttpRequest.BodyPublisher body = declared
                ? HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(head, size, supplied)), size)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(head, size, supplied));
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .header("X-Filename", "big.pdf")
                .header("Cookie", cookie)
                .POST(body)
                .build();
        try {
            return new Sent(
                    direct.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(), supplied.get());
        } catch (IOException e) {
            return new Sent(-1, supplied.get()); // the server answered and closed while the client was still sending
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private int bucket(String id) {
        return jdbc.queryForObject("select count(*) from api_rate_limit where id = ?", Integer.class, id);
    }

    private int throttleKey(String key) {
        return jdbc.queryForObject("select count(*) from login_throttle where throttle_key = ?", Integer.class, key);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String form(String email, String password, String csrfParameter, String csrfToken) {
        String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        if (csrfParameter != null) {
            body += "&" + csrfParameter + "=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
        }
        return body;
    }

    private static HttpClient client(String localAddress) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        if (localAddress != null) {
            try {
                builder.localAddress(InetAddress.getByName(localAddress));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return builder.build();
    }

    /** {@code head} then zeros up to {@code size} bytes in all, counting what is read. */
    private static final class Zeros extends InputStream {

        private final byte[] head;
        private final long size;
        private final AtomicLong read;

        Zeros(byte[] head, long size, AtomicLong read) {
            this.head = head;
            this.size = size;
            this.read = read;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long position = read.get();
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                buffer[offset + i] = at < head.length ? head[(int) at] : 0;
            }
            read.addAndGet(n);
            return n;
        }
    }
}
