package org.pikir.consideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.pikir.shared.i18n.TranslationProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accept, partly accept and reject on single comments: the mandatory reason and what gets stored. */
@IntegrationTest
class ConsiderationDecisionPathsTest {

    @Autowired
    ConsiderationService service;

    @Autowired
    ConsiderationQueries queries;

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    TranslationProvider translations;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void acceptingNeedsNoReasonAndTellsTheAuthor() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser author = accounts.citizen("KZ");
        long c = fixtures.comment(author, draft.id(), 0, "Добавьте подачу заявления онлайн.");
        TestUsers.signIn(draft.official());

        long decision = service.decideComment(draft.id(), c, DecisionForm.of(Outcome.ACCEPTED, "   ", "ru"));

        Map<String, Object> row = jdbc.queryForMap(
                "select outcome, reason, reason_language, level, member_count, supersedes, decided_by"
                        + " from consideration_decision where id = ?",
                decision);
        assertThat(row.get("outcome")).isEqualTo("ACCEPTED");
        assertThat(row.get("reason")).isNull(); // a blank reason on an acceptance is no reason at all
        assertThat(row.get("reason_language")).isEqualTo("ru");
        assertThat(row.get("level")).isEqualTo("COMMENT");
        assertThat(row.get("member_count")).isEqualTo(1);
        assertThat(row.get("supersedes")).isNull();
        assertThat(row.get("decided_by")).isEqualTo(draft.official().accountId());
        Workspace.Item item = itemOf(draft.id(), c);
        assertThat(item.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(item.via()).isEqualTo(DecisionLevel.COMMENT);
        assertThat(item.state()).isEqualTo(DecisionState.DECIDED);
        assertThat(item.reason()).isNull();
        assertThat(lastNotificationBody(author)).isEqualTo("consideration.notify.body.ACCEPTED");
    }

    @Test
    void partlyAcceptingKeepsTheStrippedReasonItsLanguageAndTheChangedArticle() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser author = accounts.citizen("KZ");
        long c = fixtures.comment(author, draft.id(), 1, "Статья 2 должна указать срок ответа.");
        long article = fixtures.articleId(draft.id(), 1);
        TestUsers.signIn(draft.official());

        long decision = service.decideComment(
                draft.id(),
                c,
                new DecisionForm(
                        Outcome.PARTIALLY_ACCEPTED,
                        "  Срок указан, но 30 дней, а не 10.\n",
                        " kk ",
                        List.of(article, article),
                        null));

        assertThat(jdbc.queryForMap(
                        "select outcome, reason, reason_language from consideration_decision where id = ?", decision))
                .containsEntry("outcome", "PARTIALLY_ACCEPTED")
                .containsEntry("reason", "Срок указан, но 30 дней, а не 10.")
                .containsEntry("reason_language", "kk");
        assertThat(jdbc.queryForList(
                        "select article_id from consideration_decision_article where decision_id = ?",
                        Long.class,
                        decision))
                .containsExactly(article); // the duplicate link is stored once
        assertThat(itemOf(draft.id(), c).reason()).isEqualTo("Срок указан, но 30 дней, а не 10.");
        assertThat(lastNotificationBody(author)).isEqualTo("consideration.notify.body.PARTIALLY_ACCEPTED");
    }

    @Test
    void partlyAcceptingOrRejectingWithoutAReasonIsRefusedAndNothingIsStored() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser author = accounts.citizen("KZ");
        long c = fixtures.comment(author, draft.id(), 0, "Отмените регистрацию.");
        TestUsers.signIn(draft.official());

        for (Outcome outcome : List.of(Outcome.PARTIALLY_ACCEPTED, Outcome.REJECTED)) {
            for (String reason : new String[] {null, "", " \t\r\n "}) {
                assertThatThrownBy(() -> service.decideComment(draft.id(), c, DecisionForm.of(outcome, reason, "ru")))
                        .as("%s with reason [%s]", outcome, reason)
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.fieldErrors().get("reason").key())
                                        .isEqualTo("consideration.error.reasonRequired"));
            }
        }

        assertNothingStored(draft, c, author);
        assertThat(itemOf(draft.id(), c).state()).isEqualTo(DecisionState.UNDECIDED);
    }

    @Test
    void theMissingReasonErrorIsAClearSentenceInEveryUiLanguage() {
        String key = "consideration.error.reasonRequired";
        String en = translations.getTranslation(key, Locale.ENGLISH);
        String ru = translations.getTranslation(key, Locale.of("ru"));
        String kk = translations.getTranslation(key, Locale.of("kk"));

        assertThat(en).isEqualTo("A reason is required for this decision.");
        assertThat(List.of(ru, kk))
                .allSatisfy(text -> assertThat(text)
                        .doesNotContain(key)
                        .doesNotStartWith("!")
                        .isNotEqualTo(en)
                        .endsWith("."));
        assertThat(ru).isNotEqualTo(kk);
    }

    @Test
    void aReasonOfOnlyInvisibleCharactersCountsAsMissing() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser author = accounts.citizen("KZ");
        long c = fixtures.comment(author, draft.id(), 0, "Сократите срок.");
        TestUsers.signIn(draft.official());

        // no-break, figure and ideographic spaces and a zero-width space are not a reason anyone can read
        String invisible = "\u00A0\u2007\u3000\u200B\u00A0";
        assertThatThrownBy(
                        () -> service.decideComment(draft.id(), c, DecisionForm.of(Outcome.REJECTED, invisible, "ru")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("reason").key())
                                .isEqualTo("consideration.error.reasonRequired"));

        assertNothingStored(draft, c, author);
    }

    @Test
    void anOutcomeAReasonLanguageAndAReasonOfAtMostTheLimitAreRequired() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser author = accounts.citizen("KZ");
        long c = fixtures.comment(author, draft.id(), 0, "Нужен перевод на казахский.");
        TestUsers.signIn(draft.official());

        assertThatThrownBy(() -> service.decideComment(draft.id(), c, DecisionForm.of(null, "Причина", "fr")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get("outcome").key()).isEqualTo("error.required");
                    assertThat(e.fieldErrors().get("reasonLanguage").key()).isEqualTo("error.required");
                });
        String tooLong = "я".repeat(ConsiderationService.MAX_REASON + 1);
        assertThatThrownBy(() -> service.decideComment(draft.id(), c, DecisionForm.of(Outcome.REJECTED, tooLong, "ru")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("reason").key()).isEqualTo("error.tooLong"));
        assertNothingStored(draft, c, author);

        String longest = "я".repeat(ConsiderationService.MAX_REASON);
        long decision = service.decideComment(draft.id(), c, DecisionForm.of(Outcome.REJECTED, longest, "ru"));
        assertThat(jdbc.queryForObject(
                        "select reason from consideration_decision where id = ?", String.class, decision))
                .isEqualTo(longest);
    }

    @Test
    void aCommentOfAnotherDraftCannotBeDecidedThroughOnesOwnDraft() {
        Draft mine = fixtures.openDraft("KZ", "MVD");
        Draft theirs = fixtures.openDraft("KZ", "MZ");
        PikirUser author = accounts.citizen("KZ");
        long foreign = fixtures.comment(author, theirs.id(), 0, "Комментарий к чужому проекту.");
        TestUsers.signIn(mine.official());

        assertThatThrownBy(() -> service.decideComment(
                        mine.id(), foreign, DecisionForm.of(Outcome.REJECTED, "Не по теме", "ru")))
                .isInstanceOf(NotFoundException.class);

        assertThat(jdbc.queryForObject(
                        "select count(*) from comment_decision where comment_id = ?", Integer.class, foreign))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from consideration_decision where draft_id in (?, ?)",
                        Integer.class,
                        mine.id(),
                        theirs.id()))
                .isZero();
    }

    private Workspace.Item itemOf(long draftId, long commentId) {
        return queries.workspace(draftId, Workspace.Filter.NONE).groups().stream()
                .flatMap(g -> g.items().stream())
                .filter(i -> i.id() == commentId)
                .findFirst()
                .orElseThrow();
    }

    private String lastNotificationBody(PikirUser author) {
        return jdbc.queryForObject(
                "select body_key from notification where account_id = ? and subject_key = 'consideration.notify.subject'"
                        + " order by id desc limit 1",
                String.class,
                author.accountId());
    }

    private void assertNothingStored(Draft draft, long commentId, PikirUser author) {
        assertThat(jdbc.queryForObject(
                        "select count(*) from consideration_decision where draft_id = ?", Integer.class, draft.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from comment_decision where comment_id = ?", Integer.class, commentId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from consideration_audit where draft_id = ?", Integer.class, draft.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where account_id = ?"
                                + " and subject_key = 'consideration.notify.subject'",
                        Integer.class,
                        author.accountId()))
                .isZero();
    }
}
