package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pikir.shared.HostileAssertions.assertStoredSafely;
import static org.pikir.shared.HostileAssertions.expect;
import static org.pikir.shared.HostileAssertions.plainText;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pikir.account.PikirUser;
import org.pikir.consultation.ConsultationQueries.DraftFilter;
import org.pikir.consultation.ConsultationQueries.DraftSummary;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.Hostile;
import org.pikir.shared.HostileAssertions.Outcome;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hostile input on the consultation's entry points: comment, reply, edit, hiding reason, the list's text filter. */
@IntegrationTest
class HostileInputCommentTest {

    private static final String VALID = "Срок в три дня слишком короткий";

    @Autowired
    CommentService comments;

    @Autowired
    ConsultationQueries queries;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    private long draft;
    private long article;
    private PikirUser citizen;

    @BeforeEach
    void draft() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        draft = fixtures.openDraft(official, "Hostile input", 1);
        article = fixtures.articleId(draft, 0);
        citizen = accounts.citizen("KZ");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long commentCount() {
        return jdbc.queryForObject("select count(*) from consultation_comment where draft_id = ?", Long.class, draft);
    }

    private String body(long id) {
        return jdbc.queryForObject("select body from consultation_comment where id = ?", String.class, id);
    }

    private static Outcome expected(Hostile payload) {
        return plainText(payload, CommentService.MAX_COMMENT);
    }

    @ParameterizedTest(name = "comment: {0}")
    @EnumSource(Hostile.class)
    void comment(Hostile payload) {
        String typed = payload.in(VALID);
        long before = commentCount();
        TestUsers.signIn(citizen);
        Long id = expect(expected(payload), "body", () -> comments.submitComment(draft, article, typed));
        if (id == null) {
            assertThat(commentCount()).as("nothing saved").isEqualTo(before);
        } else {
            assertStoredSafely(body(id), typed);
        }
    }

    @ParameterizedTest(name = "reply: {0}")
    @EnumSource(Hostile.class)
    void reply(Hostile payload) {
        TestUsers.signIn(citizen);
        long parent = comments.submitComment(draft, article, VALID);
        String typed = payload.in(VALID);
        long before = commentCount();
        TestUsers.signIn(accounts.citizen("KZ"));
        Long id = expect(expected(payload), "body", () -> comments.reply(parent, typed));
        if (id == null) {
            assertThat(commentCount()).isEqualTo(before);
        } else {
            assertStoredSafely(body(id), typed);
        }
    }

    @ParameterizedTest(name = "edit: {0}")
    @EnumSource(Hostile.class)
    void edit(Hostile payload) {
        TestUsers.signIn(citizen);
        long id = comments.submitComment(draft, article, VALID);
        String typed = payload.in(VALID);
        Boolean done = expect(expected(payload), "body", () -> {
            comments.editComment(id, typed);
            return true;
        });
        assertStoredSafely(body(id), done == null ? VALID : typed);
    }

    @ParameterizedTest(name = "hiding reason: {0}")
    @EnumSource(Hostile.class)
    void hidingReason(Hostile payload) {
        TestUsers.signIn(citizen);
        long id = comments.submitComment(draft, article, VALID);
        String typed = payload.in("Личные данные");
        TestUsers.signIn(accounts.moderator(CountryCode.KZ));
        Boolean done = expect(plainText(payload, CommentService.MAX_HIDE_REASON), "reason", () -> {
            comments.hideComment(id, typed);
            return true;
        });
        String reason =
                jdbc.queryForObject("select hidden_reason from consultation_comment where id = ?", String.class, id);
        if (done == null) {
            assertThat(reason).as("not hidden").isNull();
        } else {
            assertStoredSafely(reason, typed);
        }
    }

    /** The public list's text filter is a LIKE: every payload is a plain search, wildcards match themselves. */
    @ParameterizedTest(name = "list filter: {0}")
    @EnumSource(Hostile.class)
    void listFilterTreatsEveryPayloadAsText(Hostile payload) {
        List<DraftSummary> found =
                queries.search(new DraftFilter(null, null, null, null, payload.value(), null), 0, 50);
        if (payload == Hostile.LIKE_WILDCARDS) {
            assertThat(found).isEmpty();
        }
        assertThat(queries.count(new DraftFilter(null, null, null, null, payload.value(), null)))
                .isGreaterThanOrEqualTo(found.size());
    }

    @Test
    void percentAndUnderscoreInTheListFilterFindOnlyLiteralOnes() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long literal = fixtures.openDraft(official, "Rate 100% for item_7", 1);
        TestUsers.signOut();
        for (String text : List.of("%", "_", "100%", "item_7", "0% f")) {
            List<DraftSummary> found = queries.search(new DraftFilter(null, null, null, null, text, null), 0, 200);
            assertThat(found).as(text).extracting(DraftSummary::id).contains(literal);
            assertThat(found)
                    .as("every hit of %s contains it literally", text)
                    .allSatisfy(d -> assertThat(
                                    (d.title().kk() + d.title().ru() + d.title().en())
                                            .toLowerCase(java.util.Locale.ROOT))
                            .contains(text));
        }
        assertThat(queries.search(new DraftFilter(null, null, null, null, "10_%", null), 0, 200))
                .extracting(DraftSummary::id)
                .doesNotContain(literal);
    }
}
