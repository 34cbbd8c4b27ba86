package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.ConsiderationFixtures;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consideration.ConsiderationService;
import org.pikir.consideration.DecisionForm;
import org.pikir.consideration.Outcome;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Contract of the open-data API: shape, pagination, caching, rate limit, and no personal data. */
@IntegrationTest
class OpenDataApiTest {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebApplicationContext context;

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    ConsiderationService service;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    FilterRegistrationBean<?>[] filters;

    private MockMvc mvc;
    private int client;

    @BeforeEach
    void setUp() {
        Filter[] apiFilters = java.util.Arrays.stream(filters)
                .filter(f -> f.getUrlPatterns().contains(ApiWebConfig.API))
                .sorted(java.util.Comparator.comparingInt(FilterRegistrationBean::getOrder))
                .map(FilterRegistrationBean::getFilter)
                .toArray(Filter[]::new);
        assertThat(apiFilters).hasSize(2);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilter(apiFilters[0], "/api/v1/*")
                .addFilter(apiFilters[1], "/api/v1/*")
                .build();
        client = (int) (Math.random() * 250);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
                    r.setRemoteAddr("10.9." + (client / 250) + "." + client % 250);
                    return r;
                }))
                .andReturn()
                .getResponse();
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = call(get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(EMAIL.matcher(body).find())
                .as("no e-mail address in " + path)
                .isFalse();
        return JSON.readTree(body);
    }

    private Draft decidedClosedDraft() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser a = accounts.citizen("KZ");
        PikirUser b = accounts.citizen("KZ");
        long c1 = fixtures.comment(a, draft.id(), 0, "Пишите мне на ivan.petrov@example.kz, срок слишком короткий.");
        fixtures.comment(b, draft.id(), 1, "Нужна электронная подача заявления.");
        fixtures.comment(a, draft.id(), null, "В целом поддерживаю проект.");
        TestUsers.signIn(draft.official());
        service.decideComment(
                draft.id(),
                c1,
                DecisionForm.of(Outcome.REJECTED, "Срок установлен кодексом; вопросы — на info@gov.kz", "ru"));
        TestUsers.signOut();
        fixtures.close(draft);
        return draft;
    }

    @Test
    void commentsArePaginatedWithDecisionsAndWithoutPersonalData() throws Exception {
        Draft draft = decidedClosedDraft();

        JsonNode first = json("/api/v1/consultations/" + draft.id() + "/comments?size=2");
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        JsonNode comment = first.get("items").get(0);
        assertThat(comment.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "articleId",
                        "parentId",
                        "authorName",
                        "body",
                        "hidden",
                        "language",
                        "createdAt",
                        "agree",
                        "disagree",
                        "campaign",
                        "topic",
                        "decision");
        // "Test citizen" under the default choice: initials
        assertThat(comment.get("authorName").asText()).isEqualTo("T. C.");
        assertThat(comment.get("body").asText()).contains("[e-mail]");
        assertThat(comment.get("decision").get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(comment.get("decision").get("reason").asText()).contains("[e-mail]");
        assertThat(comment.has("authorId")).isFalse();

        JsonNode second = json("/api/v1/consultations/" + draft.id() + "/comments?size=2&page=1");
        assertThat(second.get("hasMore").asBoolean()).isFalse();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("decision").isNull()).isTrue();

        assertThat(call(get("/api/v1/consultations/" + draft.id() + "/comments?size=1000"))
                        .getStatus())
                .isEqualTo(400);
        assertThat(call(get("/api/v1/consultations/" + draft.id() + "/comments?page=-1"))
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void theConsiderationReportIsPublicAsJsonCsvAndHtml() throws Exception {
        Draft draft = decidedClosedDraft();

        JsonNode report = json("/api/v1/consultations/" + draft.id() + "/consideration-report");
        assertThat(report.get("comments").asLong()).isEqualTo(3);
        assertThat(report.get("considered").asLong()).isEqualTo(1);
        assertThat(report.get("rows")).singleElement().satisfies(row -> {
            assertThat(row.get("outcome").asText()).isEqualTo("REJECTED");
            assertThat(row.get("comments").asLong()).isEqualTo(1);
        });
        MockHttpServletResponse csv =
                call(get("/api/v1/consultations/" + draft.id() + "/consideration-report.csv?lang=ru"));
        assertThat(csv.getContentType()).startsWith("text/csv");
        String csvText = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csvText).contains("Отклонено").contains("Обоснование");
        assertThat(EMAIL.matcher(csvText).find()).isFalse();
        MockHttpServletResponse html =
                call(get("/api/v1/consultations/" + draft.id() + "/consideration-report.html?lang=kk"));
        String page = html.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<table>").contains("Қабылданбады").contains("@media print");
        assertThat(EMAIL.matcher(page).find()).isFalse();

        Draft open = fixtures.openDraft("KZ", "MVD");
        assertThat(call(get("/api/v1/consultations/" + open.id() + "/consideration-report"))
                        .getStatus())
                .isEqualTo(404);
    }

    @Autowired
    org.pikir.petition.PetitionFixtures petitionFixtures;

    @Autowired
    org.pikir.petition.PetitionService petitionService;

    @Test
    void petitionsCsvHasAnEmptyTitleForAPetitionRejectedAsOffensive() throws Exception {
        var agency = petitionFixtures.agency(org.pikir.country.CountryCode.TM, org.pikir.country.AgencyKind.GOVERNMENT);
        String title = "Offensive words " + System.nanoTime();
        long id = petitionFixtures.pending(org.pikir.country.CountryCode.TM, agency.getId(), title);
        TestUsers.as(accounts.moderator(org.pikir.country.CountryCode.TM), () -> {
            petitionService.reject(
                    id, new org.pikir.petition.RejectionForm(org.pikir.petition.RejectionReason.OFFENSIVE, null));
            return null;
        });
        MockHttpServletResponse csv = call(get("/api/v1/petitions.csv?country=TM"));
        assertThat(csv.getStatus()).isEqualTo(200);
        String body = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains(id + ",TM,").doesNotContain(title);
    }

    @Test
    void listsHaveThePageShapeAndNoPersonalData() throws Exception {
        decidedClosedDraft();
        for (String path : List.of(
                "/api/v1/consultations?size=5",
                "/api/v1/consultations?country=KZ&status=CLOSED",
                "/api/v1/petitions?size=5")) {
            JsonNode page = json(path);
            assertThat(page.propertyNames()).containsExactlyInAnyOrder("page", "size", "hasMore", "total", "items");
            assertThat(page.get("items").size())
                    .isLessThanOrEqualTo(page.get("size").asInt());
        }
        JsonNode countries = json("/api/v1/countries");
        assertThat(countries)
                .extracting(c -> c.get("code").asText())
                .containsExactlyInAnyOrder("KZ", "UZ", "KG", "TJ", "TM");
        for (String path : List.of("/api/v1/countries.csv", "/api/v1/consultations.csv", "/api/v1/petitions.csv")) {
            MockHttpServletResponse csv = call(get(path));
            assertThat(csv.getStatus()).isEqualTo(200);
            assertThat(csv.getContentType()).startsWith("text/csv");
            assertThat(EMAIL.matcher(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                            .find())
                    .isFalse();
        }
        JsonNode openApi = json("/api/v1/openapi.json");
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        assertThat(openApi.get("paths").has("/api/v1/consultations/{id}/comments"))
                .isTrue();
        assertThat(call(get("/api/v1/consultations?status=NONSENSE")).getStatus())
                .isEqualTo(400);
    }

    @Test
    void responsesAreCacheableWithAnETag() throws Exception {
        MockHttpServletResponse first = call(get("/api/v1/countries"));
        assertThat(first.getHeader("Cache-Control")).contains("max-age=60").contains("public");
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        MockHttpServletResponse again = call(get("/api/v1/countries").header("If-None-Match", etag));
        assertThat(again.getStatus()).isEqualTo(304);
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfter() throws Exception {
        client = 250 * 3 + 7;
        int ok = 0;
        MockHttpServletResponse last = null;
        for (int i = 0; i < 200; i++) {
            last = call(get("/api/v1/openapi.json"));
            if (last.getStatus() != 200) {
                break;
            }
            ok++;
        }
        assertThat(ok).isBetween(120, 130); // capacity 120, plus what refilled while the loop ran
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(last.getHeader("Retry-After"))).isPositive();
        assertThat(last.getContentType()).startsWith("application/problem+json");
        assertThat(last.getContentAsString())
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"too many requests\"}");
        client = 250 * 3 + 8;
        assertThat(call(get("/api/v1/openapi.json")).getStatus()).isEqualTo(200);
    }
}
