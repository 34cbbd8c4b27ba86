package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.ContactPreference;
import org.pikir.appeal.PublicAnswerForm;
import org.pikir.appeal.PublicAnswerService;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** /api/v1/answers: published public answers per country and agency, searchable, and nothing of any appeal. */
@IntegrationTest
class PublicAnswersApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebApplicationContext context;

    @Autowired
    FilterRegistrationBean<?>[] filters;

    @Autowired
    PublicAnswerService answers;

    @Autowired
    AppealService appeals;

    @Autowired
    CountryService countries;

    @Autowired
    AccountFixtures accounts;

    private MockMvc mvc;
    private int client;

    @BeforeEach
    void setUp() {
        Filter[] apiFilters = java.util.Arrays.stream(filters)
                .filter(f -> f.getUrlPatterns().contains(ApiWebConfig.API))
                .sorted(java.util.Comparator.comparingInt(FilterRegistrationBean::getOrder))
                .map(FilterRegistrationBean::getFilter)
                .toArray(Filter[]::new);
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

    private MockHttpServletResponse call(String path) throws Exception {
        return mvc.perform(get(path).with(r -> {
                    r.setRemoteAddr("10.8." + (client / 250) + "." + client % 250);
                    return r;
                }))
                .andReturn()
                .getResponse();
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = call(path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private Agency ministry(int n) {
        return countries.agencies(CountryCode.KG).stream()
                .filter(a -> a.getKind() == AgencyKind.MINISTRY)
                .sorted(java.util.Comparator.comparing(Agency::getCode))
                .skip(n)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void publishedAnswersAreListedSearchableAndWithdrawnOnesAreGone() throws Exception {
        Agency agency = ministry(2);
        PikirUser official = accounts.official(agency.getId());
        PikirUser citizen = accounts.citizen("KG");
        TestUsers.as(
                citizen,
                () -> appeals.submit(new AppealForm(
                        agency.getId(),
                        CountryCode.KG,
                        AppealType.REQUEST,
                        "Пособие",
                        "Меня зовут Айбек Приватов, прошу пересчитать пособие на ребёнка.",
                        ContactPreference.EMAIL,
                        false,
                        List.of())));
        long id = TestUsers.as(
                official,
                () -> answers.publish(new PublicAnswerForm(
                        "Как пересчитать пособие на ребёнка после переезда?",
                        "Подайте заявление в районное управление соцзащиты по новому адресу.",
                        "Закон КР «О государственных пособиях», ст. 5",
                        List.of("ru"),
                        null,
                        null)));
        long withdrawn = TestUsers.as(official, () -> {
            long w = answers.publish(new PublicAnswerForm(
                    "Как пересчитать пособие на ребёнка, снятый ответ?",
                    "Старый ответ.",
                    null,
                    List.of("ru"),
                    null,
                    null));
            answers.withdraw(w);
            return w;
        });

        JsonNode page = json("/api/v1/answers?country=kg&agency=" + agency.getId() + "&size=100");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(100);
        List<Long> ids =
                page.get("items").valueStream().map(n -> n.get("id").asLong()).toList();
        assertThat(ids).contains(id).doesNotContain(withdrawn);
        assertThat(page.get("total").asLong()).isEqualTo(ids.size());
        JsonNode item = page.get("items")
                .valueStream()
                .filter(n -> n.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(item.get("country").asText()).isEqualTo("KG");
        assertThat(item.get("agencyId").asLong()).isEqualTo(agency.getId());
        assertThat(item.get("agency").get("ru").asText())
                .isEqualTo(agency.getName().ru());
        assertThat(item.get("question").asText()).startsWith("Как пересчитать пособие");
        assertThat(item.get("legalBasis").asText()).contains("ст. 5");
        assertThat(item.get("languages").get(0).asText()).isEqualTo("ru");
        assertThat(item.has("authorId")).isFalse();

        List<Long> searched = json("/api/v1/answers?country=KG&q=" + "пособие ребёнка")
                .get("items")
                .valueStream()
                .map(n -> n.get("id").asLong())
                .toList();
        assertThat(searched).contains(id).doesNotContain(withdrawn);
        assertThat(json("/api/v1/answers?country=KG&q=" + "Приватов").get("items"))
                .isEmpty();
        assertThat(json("/api/v1/answers?country=UZ&agency=" + agency.getId()).get("items"))
                .isEmpty();

        MockHttpServletResponse one = call("/api/v1/answers/" + id);
        assertThat(one.getStatus()).isEqualTo(200);
        assertThat(one.getHeader("Cache-Control")).contains("public");
        String body = one.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("соцзащиты").doesNotContain("Приватов");
        assertThat(call("/api/v1/answers/" + withdrawn).getStatus()).isEqualTo(404);

        assertThat(call("/api/v1/answers").getStatus())
                .as("country is required")
                .isEqualTo(400);
        assertThat(call("/api/v1/answers?country=XX").getStatus()).isEqualTo(400);
        assertThat(call("/api/v1/answers?country=KG&q=" + "a".repeat(501)).getStatus())
                .isEqualTo(400);
        assertThat(call("/api/v1/answers?country=KG&size=1000").getStatus()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheAnswers() throws Exception {
        JsonNode openApi = json("/api/v1/openapi.json");
        assertThat(openApi.get("paths").has("/api/v1/answers")).isTrue();
        assertThat(openApi.get("paths").has("/api/v1/answers/{id}")).isTrue();
        assertThat(openApi.get("components")
                        .get("schemas")
                        .get("PublicAnswer")
                        .get("properties")
                        .has("question"))
                .isTrue();
    }
}
