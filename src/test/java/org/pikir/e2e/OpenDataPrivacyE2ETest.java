package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.country.CountryCode;
import org.pikir.search.SearchTestSupport;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.PublicTextMask;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 19, over real HTTP: commenters appear on the page, in the API's JSON and CSV and in search as they chose
 * (initials by default, full name, or "resident of …"; no name on a hidden comment); phones and ID numbers are masked
 * wherever the text is published; CSV exports stream with a row count and a download name; every API error is RFC
 * 9457 problem details and creates no session.
 */
class OpenDataPrivacyE2ETest extends E2ETest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    CommentService comments;

    @Autowired
    SearchTestSupport index;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.pikir.petition.PetitionFixtures petitions;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private PikirUser citizen(String name, String display) {
        PikirUser user = accounts.citizen("KZ");
        jdbc.update(
                "update user_account set display_name = ?, name_display = ? where id = ?",
                name,
                display,
                user.accountId());
        return user;
    }

    /** A valid IIN: birth date 12.04.1987, century digit 3, the first serial with a check digit. */
    private static String validIin() {
        for (int serial = 1; ; serial++) {
            String first11 = "8704123" + String.format("%04d", serial);
            int check = PublicTextMask.iinCheckDigit(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }

    @Test
    void authorsAppearAsTheyChoseAndPhonesAndIdsAreMaskedOnThePageInTheApiCsvAndSearch() throws Exception {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "E2E privacy", 1);
        long article = fixtures.articleId(draft, 0);
        String tag = "privacy" + UUID.randomUUID().toString().substring(0, 8);
        String iin = validIin();
        String text = tag + " звоните +7 (701) 123-45-67, ИИН " + iin + "; статья 12 закона 2024 года.";

        PikirUser initials = citizen("Айгерим Нурланова", "INITIALS");
        PikirUser full = citizen("Болат Сериков", "FULL");
        PikirUser anonymous = citizen("Секрет Анонимов", "ANONYMOUS");
        PikirUser hiddenAuthor = citizen("Скрытый Автор", "FULL");
        long c1 = TestUsers.as(initials, () -> comments.submitComment(draft, article, text));
        long c2 = TestUsers.as(full, () -> comments.submitComment(draft, article, "Поддерживаю " + tag));
        long c3 = TestUsers.as(anonymous, () -> comments.submitComment(draft, article, "Против " + tag));
        long c4 = TestUsers.as(hiddenAuthor, () -> comments.submitComment(draft, article, "Реклама " + tag));
        TestUsers.as(accounts.moderator(CountryCode.KZ), () -> {
            comments.hideComment(c4, "spam");
            return null;
        });

        // the API's JSON
        HttpResponse<String> page = get("/api/v1/consultations/" + draft + "/comments?size=100", "application/json");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<Long, JsonNode> byId = new HashMap<>();
        JSON.readTree(page.body())
                .get("items")
                .forEach(c -> byId.put(c.get("id").asLong(), c));
        assertThat(byId.get(c1).get("authorName").asText()).isEqualTo("А. Н.");
        assertThat(byId.get(c2).get("authorName").asText()).isEqualTo("Болат Сериков");
        assertThat(byId.get(c3).get("authorName").asText()).isEqualTo("Resident of Kazakhstan");
        assertThat(byId.get(c4).get("hidden").asBoolean()).isTrue();
        assertThat(byId.get(c4).get("authorName").isNull()).isTrue();
        assertThat(byId.get(c4).get("body").isNull()).isTrue();
        assertThat(byId.get(c1).get("body").asText())
                .contains("[phone]", "ИИН [ID]", "статья 12 закона 2024 года")
                .doesNotContain("701", iin);
        assertThat(page.body()).doesNotContain("Нурланова", "Анонимов", "Скрытый");

        // the CSV: the same names and texts, streamed with a row count and a download name
        HttpResponse<String> csv = get("/api/v1/consultations/" + draft + "/comments.csv", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(header(csv, "Content-Type")).startsWith("text/csv");
        assertThat(header(csv, "Content-Disposition")).isEqualTo("attachment; filename=\"comments-" + draft + ".csv\"");
        assertThat(header(csv, "X-Row-Count")).isEqualTo("4");
        assertThat(csv.body().split("\r\n")).hasSize(5);
        assertThat(csv.body())
                .contains("А. Н.", "Болат Сериков", "Resident of Kazakhstan", "[phone]", "[ID]")
                .doesNotContain("Нурланова", "Анонимов", "Скрытый", "Реклама", iin, "123-45-67");

        // the page, in English, as an anonymous visitor
        open("/consultations/" + draft);
        this.page.locator("#article-comments-1").click();
        assertThat(this.page.locator("#comment-" + c1 + " .consultation-author"))
                .hasText("А. Н.");
        assertThat(this.page.locator("#comment-" + c1)).containsText("[phone]");
        assertThat(this.page.locator("#comment-" + c1)).not().containsText(iin);
        assertThat(this.page.locator("#comment-" + c3 + " .consultation-author"))
                .hasText("Resident of Kazakhstan");
        assertThat(this.page.locator("#comment-" + c4 + " .consultation-author"))
                .isHidden();
        assertThat(this.page.locator("#comment-" + c4)).not().containsText("Скрытый");

        // search results and their snippets
        index.awaitIndexing();
        open("/search?q=" + tag);
        assertThat(this.page.locator("body")).containsText("[phone]");
        assertThat(this.page.locator("body")).not().containsText(iin);
        assertThat(this.page.locator("body")).not().containsText("123-45-67");
    }

    @Test
    void petitionAndConsultationListsStreamAsCsvWithTheirRowCount() throws Exception {
        var agency = petitions.agency(CountryCode.KZ, org.pikir.country.AgencyKind.GOVERNMENT);
        petitions.collecting(CountryCode.KZ, agency.getId(), "Petition for the CSV " + UUID.randomUUID(), 10);
        fixtures.openDraft(accounts.official(fixtures.agency("KZ", "MVD")), "Draft for the CSV", 1);
        for (String path : List.of("/api/v1/petitions.csv", "/api/v1/consultations.csv?country=KZ")) {
            HttpResponse<String> csv = get(path, "text/csv");
            assertThat(csv.statusCode()).as(path).isEqualTo(200);
            assertThat(header(csv, "Content-Disposition")).as(path).startsWith("attachment; filename=");
            long rows = Long.parseLong(header(csv, "X-Row-Count"));
            assertThat(rows).as(path).isPositive();
            // the header line, then one line per row (no line breaks inside these cells)
            assertThat(csv.body().lines().count()).as(path).isEqualTo(rows + 1);
            assertThat(csv.headers().firstValue("ETag"))
                    .as("streamed, not buffered for an ETag")
                    .isEmpty();
            assertThat(csv.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void everyApiErrorIsProblemDetailsAndCreatesNoSession() throws Exception {
        Map<String, Integer> targets = new java.util.LinkedHashMap<>();
        targets.put("/api/v1/no-such-thing", 404);
        targets.put("/api/v1/consultations/999999999", 404);
        targets.put("/api/v1/consultations/abc", 400);
        targets.put("/api/v1/consultations?size=1000", 400);
        targets.put("/api/v1/consultations?country=XX", 400);
        for (var target : targets.entrySet()) {
            for (String accept : List.of("application/json", "text/html", "*/*")) {
                HttpResponse<String> r = get(target.getKey(), accept);
                String what = target.getKey() + " (" + accept + ")";
                assertThat(r.statusCode()).as(what).isEqualTo(target.getValue());
                assertProblem(what, r.statusCode(), header(r, "Content-Type"), r.body());
                assertThat(r.headers().allValues("Set-Cookie")).as(what).isEmpty();
            }
        }
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/countries")))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isBetween(400, 499);
        assertProblem("POST", post.statusCode(), header(post, "Content-Type"), post.body());

        // rejected by the firewall or by Tomcat before any controller: sent byte for byte
        for (String target : List.of(
                "/api/v1/%2e%2e/",
                "/api/v1/consultations/1;jsessionid=x",
                "/api/v1/consultations/%2F..%2F",
                "/api/v1/consultations/%00",
                "/api/v1/a\\b",
                "/api/v1/<script>",
                "/api/v1/%")) {
            Raw r = raw(target);
            assertThat(r.status()).as(target + "\n" + r.head() + r.body()).isBetween(400, 499);
            assertProblem(target, r.status(), r.header("Content-Type"), r.body());
            assertThat(r.head().toLowerCase(java.util.Locale.ROOT)).as(target).doesNotContain("set-cookie");
        }
    }

    private static void assertProblem(String what, int status, String contentType, String body) {
        assertThat(contentType).as(what).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.get("type").asText()).as(what).isEqualTo("about:blank");
        assertThat(problem.get("title").asText()).as(what).isNotBlank();
        assertThat(body).as(what).doesNotContain("Exception", "<html", "trace");
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

    private record Raw(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }
    }

    /** Sends a GET with the target as it is (no client library would send most of them) and reads the answer. */
    private Raw raw(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(i, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; these bodies are ASCII
            out.append(body, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
