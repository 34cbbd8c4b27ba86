package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.CommentVoteValue;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.OpinionGroupService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code GET /api/v1/consultations/{id}/opinion-groups}: aggregates of the opinion map only, public drafts only. */
@IntegrationTest
class OpinionGroupsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebApplicationContext context;

    @Autowired
    CommentService comments;

    @Autowired
    DraftLawService drafts;

    @Autowired
    OpinionGroupService groups;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private MockHttpServletResponse call(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void twoCampsAppearAsTwoGroupsWithTheirSharesAndNothingOfTheVoters() throws Exception {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "Opinion API", 1);

        // before any vote: no computation, no groups, yet a valid answer
        MockHttpServletResponse empty = call("/api/v1/consultations/" + draft + "/opinion-groups");
        assertThat(empty.getStatus()).isEqualTo(200);
        JsonNode none = JSON.readTree(empty.getContentAsString(StandardCharsets.UTF_8));
        assertThat(none.get("computedAt").isNull()).isTrue();
        assertThat(none.get("groups")).isEmpty();

        PikirUser author = accounts.citizen("KZ");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            ids.add(TestUsers.as(author, () -> comments.submitComment(draft, null, "Пікір нөмірі " + n)));
        }
        long consensus = TestUsers.as(author, () -> comments.submitComment(draft, null, "Бәрі келіседі"));
        List<PikirUser> voters = new ArrayList<>();
        for (int v = 0; v < 12; v++) {
            PikirUser voter = accounts.citizen("KZ");
            voters.add(voter);
            boolean first = v < 6;
            TestUsers.as(voter, () -> {
                for (int i = 0; i < ids.size(); i++) {
                    boolean agree = (i < 3) == first;
                    comments.voteOnComment(ids.get(i), agree ? CommentVoteValue.AGREE : CommentVoteValue.DISAGREE);
                }
                comments.voteOnComment(consensus, CommentVoteValue.AGREE);
                return null;
            });
        }
        awaitVotes(draft, 12 * 7);

        MockHttpServletResponse response = call("/api/v1/consultations/" + draft + "/opinion-groups");
        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode map = JSON.readTree(body);
        assertThat(map.get("consultationId").asLong()).isEqualTo(draft);
        assertThat(map.get("participants").asInt()).isEqualTo(12);
        assertThat(map.get("minGroupSize").asInt()).isEqualTo(OpinionGroupService.MIN_GROUP_SIZE);
        assertThat(map.get("computedAt").isNull()).isFalse();
        assertThat(map.get("groups")).hasSize(2);
        for (JsonNode group : map.get("groups")) {
            assertThat(group.get("size").asInt()).isEqualTo(6);
            assertThat(group.get("distinguishing")).isNotEmpty();
            for (JsonNode share : group.get("distinguishing")) {
                assertThat(ids).contains(share.get("commentId").asLong());
                assertThat(share.get("groupAgree").asDouble()).isEqualTo(1.0);
                assertThat(share.get("othersAgree").asDouble()).isEqualTo(0.0);
            }
        }
        List<Long> agreed = new ArrayList<>();
        map.get("consensus").forEach(s -> agreed.add(s.get("commentId").asLong()));
        assertThat(agreed).contains(consensus);
        // aggregates only: no map points, no e-mail addresses or names of voters or the author
        assertThat(body).doesNotContain("points").doesNotContain("@");
        for (PikirUser voter : voters) {
            assertThat(body).doesNotContain(voter.getUsername()).doesNotContain(voter.displayName());
        }
        assertThat(body).doesNotContain(author.displayName());
    }

    @Test
    void anUnpublishedOrUnknownDraftIsNotFound() throws Exception {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long hidden = TestUsers.as(official, () -> drafts.createDraft(ConsultationFixtures.form("Hidden API", 1)));
        assertThat(call("/api/v1/consultations/" + hidden + "/opinion-groups").getStatus())
                .isEqualTo(404);
        assertThat(call("/api/v1/consultations/999999999/opinion-groups").getStatus())
                .isEqualTo(404);
        assertThat(call("/api/v1/consultations/abc/opinion-groups").getStatus()).isEqualTo(400);
    }

    private void awaitVotes(long draft, int votes) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (groups.forDraft(draft)
                    .filter(m -> m.votes() == votes && m.hasGroups())
                    .isPresent()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("opinion groups not computed within 60 s");
    }
}
