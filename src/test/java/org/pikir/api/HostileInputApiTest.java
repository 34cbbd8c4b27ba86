package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pikir.account.PikirUser;
import org.pikir.consideration.ConsiderationFixtures;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consideration.ConsiderationService;
import org.pikir.consideration.DecisionForm;
import org.pikir.consideration.Outcome;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.Hostile;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every query parameter and path variable of the open-data API, with every hostile payload: a 400 or 404 in the
 * API's JSON error format (or the normal answer where any text is acceptable, like {@code lang}), never a 500, and
 * the payload is never echoed. Stored hostile text comes out as JSON strings, CSV cells that cannot run as formulas
 * and escaped HTML.
 */
@IntegrationTest
class HostileInputApiTest {

    private static final AtomicInteger CLIENT = new AtomicInteger();

    @Autowired
    WebApplicationContext context;

    @Autowired
    FilterRegistrationBean<?>[] filters;

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    ConsiderationService consideration;

    @Autowired
    AccountFixtures accounts;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        Filter[] apiFilters = java.util.Arrays.stream(filters)
                .filter(f -> f.getUrlPatterns().contains(ApiWebConfig.API))
                .sorted(java.util.Comparator.comparingInt(FilterRegistrationBean::getOrder))
                .map(FilterRegistrationBean::getFilter)
                .toArray(Filter[]::new);
        MockMvcBuilders.webAppContextSetup(context);
        var builder = MockMvcBuilders.webAppContextSetup(context);
        for (Filter f : apiFilters) {
            builder.addFilter(f, "/api/v1/*");
        }
        mvc = builder.build();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        // a new client address per request: the suite sends hundreds and must not meet the rate limit
        int n = CLIENT.incrementAndGet();
        return mvc.perform(request.with(r -> {
                    r.setRemoteAddr("10.77." + (n / 250) % 250 + "." + n % 250);
                    return r;
                }))
                .andReturn()
                .getResponse();
    }

    /** Where a payload goes: a query parameter or a path variable of one endpoint, and what it may answer. */
    record Target(String label, String path, String param, Set<Integer> allowed) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final Set<Integer> BAD = Set.of(400);
    private static final Set<Integer> BAD_OR_MISSING = Set.of(400, 404);
    private static final Set<Integer> ANY_TEXT = Set.of(200);

    static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        for (String list : List.of("/api/v1/consultations", "/api/v1/petitions")) {
            t.add(new Target(list + "?country", list, "country", BAD));
            t.add(new Target(list + "?status", list, "status", BAD));
            t.add(new Target(list + "?page", list, "page", BAD));
            t.add(new Target(list + "?size", list, "size", BAD));
            t.add(new Target(list + ".csv?country", list + ".csv", "country", BAD));
            t.add(new Target(list + ".csv?status", list + ".csv", "status", BAD));
        }
        t.add(new Target("/api/v1/consultations/{id}", "/api/v1/consultations/{v}", null, BAD_OR_MISSING));
        t.add(new Target(
                "/api/v1/consultations/{id}/versions/{number}/articles",
                "/api/v1/consultations/{v}/versions/1/articles",
                null,
                BAD_OR_MISSING));
        t.add(new Target(
                "/api/v1/consultations/1/versions/{number}/articles",
                "/api/v1/consultations/1/versions/{v}/articles",
                null,
                BAD_OR_MISSING));
        t.add(new Target(
                "/api/v1/consultations/{id}/comments", "/api/v1/consultations/{v}/comments", null, BAD_OR_MISSING));
        t.add(new Target(
                "/api/v1/consultations/{id}/comments.csv",
                "/api/v1/consultations/{v}/comments.csv",
                null,
                BAD_OR_MISSING));
        t.add(new Target(
                "/api/v1/consultations/{id}/consideration-report",
                "/api/v1/consultations/{v}/consideration-report",
                null,
                BAD_OR_MISSING));
        t.add(new Target("/api/v1/petitions/{id}", "/api/v1/petitions/{v}", null, BAD_OR_MISSING));
        t.add(new Target("/api/v1/countries?anything", "/api/v1/countries", "anything", ANY_TEXT));
        return t;
    }

    static Stream<Arguments> cases() {
        return targets().stream().flatMap(t -> Stream.of(Hostile.values()).map(h -> Arguments.of(t, h)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void neverA500AndNeverAnEcho(Target target, Hostile payload) throws Exception {
        MockHttpServletRequestBuilder request = target.param() == null
                ? get(target.path(), payload.value())
                : get(target.path()).param(target.param(), payload.value());
        MockHttpServletResponse response = call(request);
        String body = response.getContentAsString(StandardCharsets.UTF_8);

        Set<Integer> allowed = new java.util.HashSet<>(target.allowed());
        if (payload == Hostile.EMPTY
                && target.param() != null
                && !target.param().equals("country")
                && !target.param().equals("status")) {
            allowed.add(200); // an empty page or size is the default
        }
        if (payload == Hostile.EMPTY && target.param() == null) {
            allowed.add(404); // the path loses a segment and names another (unmapped) address
        }
        assertThat(response.getStatus())
                .as("%s = %s: %s", target, payload, body)
                .isIn(allowed);
        if (response.getStatus() >= 400) {
            assertThat(response.getContentType()).as("problem details").startsWith("application/problem+json");
            assertThat(body)
                    .matches("\\{\"type\":\"about:blank\",\"title\":\"[A-Za-z ]+\",\"status\":4\\d\\d,"
                            + "\"detail\":\"[a-z .0-9,]+\"}");
        }
        if (!payload.isBlank()) {
            assertThat(body)
                    .as("payload not echoed")
                    .doesNotContain(payload.value().strip());
        }
    }

    @Test
    void csvEndpointsAnswerAJsonErrorEvenToAClientThatAcceptsOnlyCsv() throws Exception {
        for (String path :
                List.of("/api/v1/consultations.csv?country=%3Cscript%3E", "/api/v1/petitions.csv?status=x%00")) {
            MockHttpServletResponse response = call(get(path).accept("text/csv"));
            assertThat(response.getStatus()).as(path).isIn(400, 406);
        }
    }

    /** Stored markup and formulas leave the API as data: JSON strings, formula-safe CSV cells, escaped HTML. */
    @Test
    void storedHostileTextLeavesAsDataNotAsMarkupOrFormula() throws Exception {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser citizen = accounts.citizen("KZ");
        long comment =
                fixtures.comment(citizen, draft.id(), 0, "=HYPERLINK(\"http://evil\") <script>alert(1)</script>");
        TestUsers.signIn(draft.official());
        consideration.decideComment(
                draft.id(), comment, DecisionForm.of(Outcome.REJECTED, "<img src=x onerror=alert(1)> @SUM(1)", "en"));
        TestUsers.signOut();
        fixtures.close(draft);

        MockHttpServletResponse json = call(get("/api/v1/consultations/" + draft.id() + "/comments"));
        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("<script>alert(1)</script>");

        String csv = call(get("/api/v1/consultations/" + draft.id() + "/comments.csv"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\") <script>");

        String html = call(get("/api/v1/consultations/" + draft.id() + "/consideration-report.html?lang=%3Cscript%3E"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img")
                .contains("lang=\"en\"");
    }
}
