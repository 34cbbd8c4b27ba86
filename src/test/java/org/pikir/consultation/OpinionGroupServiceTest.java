package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.OpinionGroupService.OpinionMap;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Votes through the real service; the groups appear through the durable listener and the scheduled recompute. */
@IntegrationTest
class OpinionGroupServiceTest {

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

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void votesBecomeGroupsInTheBackgroundAndAreStoredInPostgres() {
        long draft = fixtures.openDraft(accounts.official(fixtures.agency("KZ", "MVD")), "Opinion", 2);
        long article = fixtures.articleId(draft, 0);
        PikirUser author = accounts.citizen("KZ");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            ids.add(TestUsers.as(author, () -> comments.submitComment(draft, n < 4 ? article : null, "Пікір " + n)));
        }
        long consensus = TestUsers.as(author, () -> comments.submitComment(draft, null, "Бәрі келіседі"));
        Instant before = Instant.now();
        // Two camps of 8: the first agrees with comments 0-3 and rejects 4-7, the second the opposite; all agree
        // with the consensus comment.
        for (int v = 0; v < 16; v++) {
            PikirUser voter = accounts.citizen("KZ");
            boolean first = v < 8;
            TestUsers.as(voter, () -> {
                for (int i = 0; i < ids.size(); i++) {
                    boolean agree = (i < 4) == first;
                    comments.voteOnComment(ids.get(i), agree ? CommentVoteValue.AGREE : CommentVoteValue.DISAGREE);
                }
                comments.voteOnComment(consensus, CommentVoteValue.AGREE);
                return null;
            });
        }

        OpinionMap map = await(() -> groups.forDraft(draft).filter(m -> m.votes() == 16 * 9));
        assertThat(map.computedAt()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(map.participants()).isEqualTo(16);
        assertThat(map.hasGroups()).isTrue();
        assertThat(map.groups()).extracting(OpinionGroupService.Group::size).containsExactly(8, 8);
        assertThat(map.consensus())
                .extracting(OpinionGroupService.CommentShare::commentId)
                .contains(consensus);
        assertThat(map.groups().getFirst().distinguishing()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.groupAgree()).isEqualTo(1.0);
            assertThat(s.othersAgree()).isEqualTo(0.0);
        });
        assertThat(map.points())
                .hasSize(16)
                .allSatisfy(p -> assertThat(p.group()).isIn(1, 2));
        Integer stored = jdbc.queryForObject(
                "select count(*) from opinion_groups where draft_id = ? and article_id = 0", Integer.class, draft);
        assertThat(stored).isEqualTo(1);
        // The article got 16 × 4 = 64 votes (≥ the test's per-article minimum), so it has groups of its own.
        assertThat(groups.articlesWithGroups(draft)).containsExactly(article);
        assertThat(groups.forArticle(draft, article))
                .get()
                .extracting(OpinionMap::participants)
                .isEqualTo(16);
        Integer pending = jdbc.queryForObject(
                "select count(*) from opinion_groups_pending where draft_id = ?", Integer.class, draft);
        assertThat(pending).isZero();
    }

    @Test
    void tooFewVotersGiveAnEmptyMapNotGroups() {
        long draft = fixtures.openDraft(accounts.official(fixtures.agency("KZ", "MVD")), "Few", 1);
        PikirUser author = accounts.citizen("KZ");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            ids.add(TestUsers.as(author, () -> comments.submitComment(draft, null, "Аз " + n)));
        }
        for (int v = 0; v < 6; v++) {
            TestUsers.as(accounts.citizen("KZ"), () -> {
                ids.forEach(id -> comments.voteOnComment(id, CommentVoteValue.AGREE));
                return null;
            });
        }
        OpinionMap map = await(() -> groups.forDraft(draft).filter(m -> m.votes() == 18));
        assertThat(map.hasGroups()).isFalse();
        assertThat(map.groups()).isEmpty();
        assertThat(map.points()).isEmpty();
    }

    @Test
    void groupsOfADraftNotYetPublishedAreHiddenFromThePublic() {
        long agency = fixtures.agency("KZ", "MVD");
        PikirUser official = accounts.official(agency);
        long draft = TestUsers.as(official, () -> drafts.createDraft(ConsultationFixtures.form("Hidden", 1)));

        assertThatThrownBy(() -> groups.forDraft(draft)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(accounts.citizen("KZ"), () -> groups.forDraft(draft)))
                .isInstanceOf(NotFoundException.class);
        assertThat(TestUsers.as(official, () -> groups.forDraft(draft))).isEmpty();
        assertThatThrownBy(() -> groups.forDraft(-1)).isInstanceOf(NotFoundException.class);
    }

    private static OpinionMap await(Supplier<Optional<OpinionMap>> probe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<OpinionMap> map = probe.get();
            if (map.isPresent()) {
                return map.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("opinion groups not computed within 60 s");
    }
}
