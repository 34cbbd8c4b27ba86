package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.PollFixtures;
import org.pikir.consultation.PollService;
import org.pikir.consultation.PollVisibility;
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

/**
 * Contract of the polls' open data: JSON and CSV of public results only, small cells suppressed (also those one
 * could work out by subtraction), 404 for an unknown or unpublished draft, and nothing that leads to a voter.
 */
@IntegrationTest
class PollDataApiTest {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebApplicationContext context;

    @Autowired
    FilterRegistrationBean<?>[] filters;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    PollFixtures pollFixtures;

    @Autowired
    PollService polls;

    @Autowired
    DraftLawService drafts;

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
                    r.setRemoteAddr("10.11." + (client / 250) + "." + client % 250);
                    return r;
                }))
                .andReturn()
                .getResponse();
    }

    private String body(String path) throws Exception {
        MockHttpServletResponse response = call(path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).as(path).contains("public");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** What a draft with polls looks like: its id, the live poll's id, and everyone involved. */
    private record Fixture(long draft, long livePoll, long hiddenPoll, List<PikirUser> people) {}

    /**
     * A live single-choice poll: 7 voters living in Kazakhstan (5 yes, 2 no) and one citizen living in Russia
     * (yes); and a poll whose results wait for the close, with votes too.
     */
    private Fixture pollsWithVotes() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "Poll open data", 1);
        long live = pollFixtures.openPoll(official, draft, false, PollVisibility.LIVE, "yes", "no");
        long hidden = pollFixtures.openPoll(official, draft, true, PollVisibility.ON_CLOSE, "left", "right");
        List<Long> options = pollFixtures.options(official, draft, live);
        List<Long> hiddenOptions = pollFixtures.options(official, draft, hidden);
        List<PikirUser> people = new ArrayList<>(List.of(official));
        for (int i = 0; i < 7; i++) {
            PikirUser voter = accounts.citizen("KZ");
            people.add(voter);
            vote(voter, live, options.get(i < 5 ? 0 : 1));
            vote(voter, hidden, hiddenOptions.get(0));
        }
        PikirUser migrant = pollFixtures.voter("RU", "KZ", true);
        people.add(migrant);
        vote(migrant, live, options.get(0));
        return new Fixture(draft, live, hidden, people);
    }

    private void vote(PikirUser who, long poll, long option) {
        TestUsers.as(who, () -> {
            polls.vote(poll, Set.of(option));
            return null;
        });
    }

    @Test
    void jsonHasOnlyPublicResultsWithSmallCellsSuppressed() throws Exception {
        Fixture f = pollsWithVotes();

        String body = body("/api/v1/consultations/" + f.draft() + "/polls");
        JsonNode list = JSON.readTree(body);
        assertThat(list)
                .as("the poll whose results wait for the close is not published")
                .hasSize(1);
        JsonNode poll = list.get(0);
        assertThat(poll.get("id").asLong()).isEqualTo(f.livePoll());
        assertThat(poll.get("consultationId").asLong()).isEqualTo(f.draft());
        assertThat(poll.get("closed").asBoolean()).isFalse();
        assertThat(poll.get("multipleChoice").asBoolean()).isFalse();
        assertThat(poll.get("question").get("ru").asText()).isEqualTo("Вопрос?");
        assertThat(poll.get("question").get("kk").asText()).isEqualTo("Сұрақ?");
        assertThat(poll.get("options"))
                .extracting(o -> o.get("label").get("ru").asText())
                .containsExactly("yes ru", "no ru");
        assertThat(poll.get("voters").get("value").asLong()).isEqualTo(8);
        assertThat(poll.get("voters").get("suppressed").asBoolean()).isFalse();
        // "no" has 2 votes in total: hidden, and "yes" (6) with it, since voters = yes + no would reveal it
        JsonNode no = poll.get("options").get(1).get("votes");
        assertThat(no.get("suppressed").asBoolean()).isTrue();
        assertThat(no.get("value").isNull()).isTrue();
        assertThat(poll.get("options").get(0).get("votes").get("suppressed").asBoolean())
                .isTrue();
        assertThat(poll.get("byResidence"))
                .extracting(r -> r.get("country").asText())
                .containsExactly("KZ", "RU");
        JsonNode russia = poll.get("byResidence").get(1);
        assertThat(russia.get("voters").get("suppressed").asBoolean()).isTrue();
        assertThat(russia.get("voters").get("value").isNull()).isTrue();
        // Kazakhstan's 7 voters would be 8 minus Russia's 1: hidden as well
        assertThat(poll.get("byResidence")
                        .get(0)
                        .get("voters")
                        .get("suppressed")
                        .asBoolean())
                .isTrue();
        List<JsonNode> counts = new ArrayList<>();
        collectCounts(poll, counts);
        assertThat(counts).isNotEmpty().allSatisfy(c -> {
            if (!c.get("suppressed").asBoolean()) {
                assertThat(c.get("value").asLong()).as("a shown count").isGreaterThanOrEqualTo(5);
            }
        });
        assertNoPersonalData(body, f);
        assertThat(body).as("no account ids").doesNotContainIgnoringCase("account");
    }

    @Test
    void csvHasTotalAndResidenceRowsWithSuppressedCountsAsLessThanFive() throws Exception {
        Fixture f = pollsWithVotes();

        MockHttpServletResponse response = call("/api/v1/consultations/" + f.draft() + "/polls.csv");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.getFirst()).contains("poll_id,question_ru,closed,option_id,option_ru,residence,voters,votes");
        // 2 options × (TOTAL, KZ, RU)
        assertThat(lines).hasSize(1 + 2 * 3);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith(f.livePoll() + ","));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("yes ru,TOTAL,8,<5"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("no ru,RU,<5,<5"));
        assertThat(csv).doesNotContain("left ru");
        assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith(f.hiddenPoll() + ","));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (String cell : List.of(cells[cells.length - 2], cells[cells.length - 1])) {
                assertThat(cell.equals("<5") || Long.parseLong(cell) >= 5)
                        .as("count " + cell + " in " + line)
                        .isTrue();
            }
        }
        assertNoPersonalData(csv, f);
    }

    @Test
    void closedPollsArePublishedWithFinalResults() throws Exception {
        Fixture f = pollsWithVotes();
        TestUsers.as(f.people().getFirst(), () -> {
            drafts.closeConsultation(f.draft());
            return null;
        });

        JsonNode list = JSON.readTree(body("/api/v1/consultations/" + f.draft() + "/polls"));
        assertThat(list).extracting(p -> p.get("id").asLong()).containsExactly(f.livePoll(), f.hiddenPoll());
        assertThat(list).allSatisfy(p -> assertThat(p.get("closed").asBoolean()).isTrue());
        JsonNode closedLater = list.get(1);
        assertThat(closedLater.get("voters").get("value").asLong()).isEqualTo(7);
        assertThat(closedLater.get("options").get(0).get("votes").get("value").asLong())
                .isEqualTo(7);
        assertThat(closedLater
                        .get("options")
                        .get(1)
                        .get("votes")
                        .get("suppressed")
                        .asBoolean())
                .isTrue();

        // the consideration report carries the same tables, with the same cells hidden
        MockHttpServletResponse report =
                call("/api/v1/consultations/" + f.draft() + "/consideration-report.html?lang=ru");
        assertThat(report.getStatus()).isEqualTo(200);
        String html = report.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<h2>Опросы</h2>")
                .contains("<h3>Вопрос?</h3>")
                .contains("Итоговые результаты. Проголосовало: 8")
                .contains("<td>Казахстан</td><td>7</td><td>7</td><td>&lt;5</td>")
                .contains("<th>Страна проживания</th>");
        assertNoPersonalData(html, f);
    }

    @Test
    void unknownOrUnpublishedDraftsAreNotFoundAndBadIdsAreRejected() throws Exception {
        for (String suffix : List.of("/polls", "/polls.csv")) {
            MockHttpServletResponse unknown = call("/api/v1/consultations/987654321098" + suffix);
            assertThat(unknown.getStatus()).as(suffix).isEqualTo(404);
            assertThat(unknown.getContentType()).startsWith("application/problem+json");
            assertThat(call("/api/v1/consultations/abc" + suffix).getStatus()).isEqualTo(400);
        }
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long unpublished =
                TestUsers.as(official, () -> drafts.createDraft(ConsultationFixtures.form("Unpublished polls", 1)));
        assertThat(call("/api/v1/consultations/" + unpublished + "/polls").getStatus())
                .isEqualTo(404);
        long noPolls = fixtures.openDraft(official, "No polls", 1);
        assertThat(JSON.readTree(body("/api/v1/consultations/" + noPolls + "/polls")))
                .isEmpty();
    }

    @Test
    void openApiDocumentsThePollEndpoints() throws Exception {
        JsonNode paths = JSON.readTree(body("/api/v1/openapi.json")).get("paths");
        assertThat(paths.has("/api/v1/consultations/{id}/polls")).isTrue();
        assertThat(paths.has("/api/v1/consultations/{id}/polls.csv")).isTrue();
        assertThat(paths.get("/api/v1/consultations/{id}/polls")
                        .get("get")
                        .get("responses")
                        .has("404"))
                .isTrue();
    }

    private static void collectCounts(JsonNode node, List<JsonNode> counts) {
        if (node.isObject() && node.has("suppressed")) {
            counts.add(node);
            return;
        }
        node.forEach(child -> collectCounts(child, counts));
    }

    private static void assertNoPersonalData(String body, Fixture f) {
        assertThat(EMAIL.matcher(body).find()).as("no e-mail address").isFalse();
        assertThat(body).doesNotContain("Test voter").doesNotContain("Test citizen");
        for (PikirUser p : f.people()) {
            assertThat(body).doesNotContain(p.getUsername());
        }
    }
}
