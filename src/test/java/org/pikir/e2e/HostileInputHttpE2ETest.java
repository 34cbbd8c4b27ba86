package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pikir.account.PikirUser;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.search.SearchTestSupport;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input over real HTTP, bytes the way an attacker sends them (invalid UTF-8, NUL, malformed escapes, 10 MB
 * lines) against the running server with its whole filter chain, and hostile text stored through the services shown
 * in Chromium: as text, no element made from it, no script run.
 */
class HostileInputHttpE2ETest extends E2ETest {

    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    CommentService comments;

    @Autowired
    SearchTestSupport index;

    /** Request targets sent byte for byte (no client library would send most of them). */
    @ParameterizedTest(name = "GET {0}")
    @ValueSource(
            strings = {
                "/api/v1/consultations?country=%FF",
                "/api/v1/consultations?country=%C0%AF",
                "/api/v1/consultations?status=%00",
                "/api/v1/consultations?country=%",
                "/api/v1/consultations?country=%ZZ",
                "/api/v1/consultations/%00",
                "/api/v1/consultations/%FF%FE",
                "/api/v1/consultations/1%2F..%2F..%2Fetc%2Fpasswd",
                "/api/v1/consultations/..%2F..%2Factuator%2Fenv",
                "/api/v1/consultations/1;jsessionid=x",
                "/api/v1/petitions/%E2%80%AE1",
                "/api/v1/petitions?page=1e9&size=-1",
                "/api/v1/consultations/1/comments?page=%3Cscript%3E",
                "/api/v1/consultations/1/consideration-report.html?lang=%3Cscript%3Ealert(1)%3C/script%3E",
                "/consultations/%3Cscript%3Ealert(7)",
                "/consultations?text=%FF%00",
                "/search?q=%00%FF%3Cscript%3Ealert(7)%3C/script%3E",
                "/petition/%E2%80%AE",
                "/appeals/99999999999999999999999"
            })
    void oddRequestTargetsAreAnsweredWithoutAServerError(String target) throws IOException {
        Response r = raw(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.status()).as(target + "\n" + r.text()).isBetween(200, 499);
        assertThat(r.text()).as("no stack trace").doesNotContain("Exception", "\tat org.");
        assertThat(r.text()).as("payload not reflected").doesNotContain("<script>alert");
    }

    @Test
    void rawInvalidUtf8AndNulBytesInTheRequestLineAreRefused() throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes("GET /api/v1/consultations?country=".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, (byte) 0xAF, 0x00});
        request.writeBytes(
                " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(raw(request.toByteArray()).status()).isEqualTo(400);
    }

    @Test
    void aTenMegabyteQueryOrBodyIsRefusedWithoutAServerError() throws IOException {
        String huge = "A".repeat(10 * 1024 * 1024);
        Response line = raw(("GET /api/v1/consultations?country=" + huge
                        + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(line.status()).isBetween(400, 499);
        Response body = raw(("POST /api/v1/countries HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + huge.length() + "\r\nConnection: close\r\n\r\n" + huge)
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(body.status()).isBetween(400, 499);
    }

    @Test
    void hostileCommentsAreShownAsTextAndRunNoScript() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "E2E hostile", 1);
        long article = fixtures.articleId(draft, 0);
        String tag = "hostile" + UUID.randomUUID().toString().substring(0, 8);
        String markup = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> "
                + "<a href=\"javascript:window.__pwned=3\">click</a> " + tag;
        long id = TestUsers.as(accounts.citizen("KZ"), () -> comments.submitComment(draft, article, markup));

        open("/consultations/" + draft);
        page.locator("#article-comments-1").click();
        assertThat(page.locator("#comment-" + id)).containsText("<script>window.__pwned=1</script>");
        assertThat(page.locator("#comment-" + id)).containsText("<img src=x onerror=");
        assertThat(page.locator(
                        "#comment-" + id + " img, #comment-" + id + " script, #comment-" + id + " a[href^=javascript]"))
                .hasCount(0);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);

        index.awaitIndexing();
        open("/search?q=" + tag);
        assertThat(page.locator("body")).containsText("<img src=x onerror=");
        assertThat(page.locator("img[src=x]")).hasCount(0);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
    }

    private record Response(int status, String text) {}

    /** Sends bytes as they are and reads the answer's status line and the start of its body. */
    private Response raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading a 10 MB request to its end
            }
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(64 * 1024);
            String text = new String(head, StandardCharsets.UTF_8);
            Matcher m = STATUS.matcher(text);
            assertThat(m.find()).as("an HTTP answer: " + text).isTrue();
            return new Response(Integer.parseInt(m.group(1)), text);
        }
    }
}
