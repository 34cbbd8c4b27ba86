package org.pikir.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.DraftStatus;
import org.pikir.country.CountryCode;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The consultation views, browserless, on the real services and database. */
class ConsultationViewsTest extends org.pikir.shared.KaribuTest {

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    CommentService comments;

    @Autowired
    DraftLawService drafts;

    @Autowired
    ConsultationQueries queries;

    private PikirUser official() {
        return accounts.official(fixtures.agency("KZ", "MVD"));
    }

    @Test
    void listShowsPublishedDraftsAndFindsThemByText() {
        String unique = "Karibu" + UUID.randomUUID().toString().substring(0, 6);
        PikirUser official = official();
        long open = fixtures.openDraft(official, unique, 2);
        TestUsers.as(official, () -> drafts.createDraft(ConsultationFixtures.form(unique + " hidden", 1)));

        navigate("consultations");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("consultation-grid"));
        _get(TextField.class, spec -> spec.withId("filter-search")).setValue(unique);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .anySatisfy(cell -> assertThat(cell).contains("days left"));
        assertThat(_find(Button.class, spec -> spec.withId("new-draft"))).isEmpty();
        assertThat(open).isPositive();
    }

    @Test
    void citizenCommentsOnAnArticleAndAgreesWithAnotherComment() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Comments view", 3);
        long article = fixtures.articleId(draft, 0);
        PikirUser other = accounts.citizen("KZ");
        long othersComment =
                TestUsers.as(other, () -> comments.submitComment(draft, article, "Бұл бап жақсы жазылған"));

        PikirUser citizen = accounts.citizen("KZ");
        login(citizen);
        navigate("consultations/" + draft);
        assertThat(_get(H1.class, spec -> spec.withId("draft-title")).getText()).isEqualTo("Comments view en");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("article-comments-1")));
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("comment-target"))
                        .getText())
                .contains("Article 1");

        TextArea input = _get(TextArea.class, spec -> spec.withId("comment-input"));
        input.setValue("   ");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("comment-submit")));
        assertThat(input.isInvalid()).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo("This field is required.");

        input.setValue("Мерзімді он күнге дейін ұзарту керек <b>шұғыл</b>");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("comment-submit")));
        assertThat(input.getValue()).isEmpty();
        Div list = _get(Div.class, spec -> spec.withId("comment-list"));
        assertThat(_find(list, Paragraph.class).stream().map(Paragraph::getText))
                .contains("Мерзімді он күнге дейін ұзарту керек <b>шұғыл</b>");
        assertThat(_find(list, Span.class).stream().map(Span::getText)).contains("Kazakh", "Your comment");
        assertThat(_get(Span.class, spec -> spec.withId("draft-counts")).getText())
                .startsWith("2 comments");
        navigate("consultations/" + draft);
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("my-comments-details"))
                        .getSummaryText())
                .isEqualTo("Your comments on this draft (1)");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("article-comments-1")));

        Button agree = _get(Button.class, spec -> spec.withId("agree-" + othersComment));
        assertThat(agree.getText()).isEqualTo("Agree (0)");
        ButtonKt._click(agree);
        assertThat(_get(Button.class, spec -> spec.withId("agree-" + othersComment))
                        .getText())
                .isEqualTo("Agree (1)");
        assertThat(_get(Button.class, spec -> spec.withId("article-comments-1")).getText())
                .isEqualTo("Comments (2)");
    }

    @Test
    void anonymousVisitorsReadButAreAskedToSignIn() {
        long draft = fixtures.openDraft(official(), "Anonymous view", 1);
        logout();
        navigate("consultations/" + draft);
        assertThat(_get(Paragraph.class, spec -> spec.withId("comment-denied")).getText())
                .isEqualTo("Please sign in first.");
        assertThat(_find(TextArea.class, spec -> spec.withId("comment-input"))).isEmpty();
    }

    @Test
    void textMissingInTheUiLanguageIsShownInAnotherAndMarked() {
        PikirUser official = official();
        long draft = TestUsers.as(official, () -> {
            var form = ConsultationFixtures.form("Fallback", 1);
            var noEnglish = new org.pikir.consultation.DraftForm(
                    form.policyArea(),
                    form.titleKk(),
                    form.titleRu(),
                    null,
                    form.summaryKk(),
                    form.summaryRu(),
                    null,
                    null,
                    null,
                    null,
                    form.articles().stream()
                            .map(a -> new org.pikir.consultation.ArticleForm(
                                    null,
                                    a.number(),
                                    null,
                                    null,
                                    null,
                                    a.headingKk(),
                                    a.headingRu(),
                                    null,
                                    a.textKk(),
                                    a.textRu(),
                                    null))
                            .toList());
            long id = drafts.createDraft(noEnglish);
            drafts.openConsultation(
                    id, java.time.Instant.now(), java.time.Instant.now().plus(java.time.Duration.ofDays(40)));
            return id;
        });
        navigate("consultations/" + draft);
        assertThat(_get(H1.class, spec -> spec.withId("draft-title")).getText()).isEqualTo("Fallback kk");
        assertThat(_find(Span.class).stream().map(Span::getText))
                .contains("Not available in your language; shown in Kazakh.");
        useLanguage("ru");
        navigate("consultations/" + draft);
        assertThat(_get(H1.class, spec -> spec.withId("draft-title")).getText()).isEqualTo("Fallback ru");
    }

    @Test
    void officialClosesAndPublishesVersionTwoAndTheDiffShowsTheChange() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Editor view", 2);
        login(official);
        navigate("consultations/manage/" + draft);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("close-consultation")));
        assertThat(queries.draft(draft).status()).isEqualTo(DraftStatus.CLOSED);

        _get(TextArea.class, spec -> spec.withId("article-text-ru-0")).setValue("Новый текст статьи о регистрации");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("publish-version")));
        assertThat(queries.draft(draft).currentVersion()).isEqualTo(2);

        useLanguage("ru");
        navigate("consultations/" + draft + "/diff");
        Div result = _get(Div.class, spec -> spec.withId("diff-result"));
        String html = result.getElement().getOuterHTML();
        assertThat(html).contains("<del>", "<ins>Новый ");
    }

    @Test
    void officialCreatesADraftFromImportedTextAfterFixingErrors() {
        PikirUser official = official();
        login(official);
        navigate("consultations/manage");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-draft")));
        assertThat(_get(TextField.class, spec -> spec.withId("draft-title-kk")).isInvalid())
                .isTrue();

        _get(TextArea.class, spec -> spec.withId("import-kk"))
                .setValue("1-бап. Мақсаты\nМәтін.\n2-бап. Мерзім\nҮш күн.");
        _get(TextArea.class, spec -> spec.withId("import-ru"))
                .setValue("Статья 1. Цель\nТекст.\nСтатья 2. Срок\nТри дня.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("split-import")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-result")).getText())
                .startsWith("2 articles");
        @SuppressWarnings("unchecked")
        var area = (com.vaadin.flow.component.select.Select<org.pikir.consultation.PolicyArea>)
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("draft-area"));
        area.setValue(org.pikir.consultation.PolicyArea.MIGRATION);
        _get(TextField.class, spec -> spec.withId("draft-title-kk")).setValue("Импорт kk");
        _get(TextField.class, spec -> spec.withId("draft-title-ru")).setValue("Импорт ru");
        _get(TextArea.class, spec -> spec.withId("draft-summary-kk")).setValue("Қысқаша");
        _get(TextArea.class, spec -> spec.withId("draft-summary-ru")).setValue("Кратко");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-draft")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("consultations/manage/");
        long id = Long.parseLong(path.substring("consultations/manage/".length()));
        assertThat(queries.draft(id).articles())
                .extracting(ConsultationQueries.ArticleEntry::number)
                .containsExactly("1", "2");
    }

    @Test
    void moderatorHidesAReportedCommentAndThePlaceholderShowsTheReason() {
        long draft = fixtures.openDraft(official(), "Moderation view", 1);
        PikirUser author = accounts.citizen("KZ");
        long comment = TestUsers.as(author, () -> comments.submitComment(draft, null, "Spam spam spam"));
        PikirUser reporter = accounts.citizen("KZ");
        TestUsers.as(reporter, () -> {
            comments.reportComment(comment, org.pikir.consultation.ReportReason.SPAM);
            return 0;
        });

        login(accounts.moderator(CountryCode.KZ));
        navigate("consultations/moderation");
        _get(TextField.class, spec -> spec.withId("moderation-reason")).setValue("Advertising");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("moderation-grid"));
        assertThat(GridKt._size(grid)).isPositive();
        comments.hideComment(comment, "Advertising");

        navigate("consultations/" + draft);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Hidden by a moderator. Reason: Advertising");
    }

    @Test
    void citizensCannotOpenTheEditor() {
        long draft = fixtures.openDraft(official(), "Editor denied", 1);
        login(accounts.citizen("KZ"));
        navigate("consultations/manage/" + draft);
        assertThat(_find(Button.class, spec -> spec.withId("close-consultation")))
                .isEmpty();
    }
}
