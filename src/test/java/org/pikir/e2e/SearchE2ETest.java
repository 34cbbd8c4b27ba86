package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.ArticleForm;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.DraftForm;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.PolicyArea;
import org.pikir.search.SearchTestSupport;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search journey in Chromium: an official publishes a draft and a citizen comments (through the services); a
 * visitor searches a word in another form, sees the matched words emphasised, shares the URL and follows a hit to
 * the article on the draft page.
 */
class SearchE2ETest extends E2ETest {

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    DraftLawService drafts;

    @Autowired
    CommentService comments;

    @Autowired
    SearchTestSupport index;

    @Test
    void searchFindsAWordInAnotherFormAndLeadsToTheArticle() {
        String tag = "zq" + Long.toString(System.nanoTime(), 36);
        PikirUser official = accounts.official(consultations.agency("KZ", "MVD"));
        long draft = TestUsers.as(official, () -> {
            long id = drafts.createDraft(new DraftForm(
                    PolicyArea.MIGRATION,
                    "Көші-қон туралы " + tag,
                    "О миграции " + tag,
                    null,
                    "Түйіндеме",
                    "Краткое содержание",
                    null,
                    null,
                    null,
                    null,
                    List.of(
                            new ArticleForm(
                                    null,
                                    "1",
                                    null,
                                    null,
                                    null,
                                    "Жалпы",
                                    "Общие положения",
                                    null,
                                    "Осы заң көші-қонды реттейді.",
                                    "Настоящий закон регулирует миграцию.",
                                    null),
                            new ArticleForm(
                                    null,
                                    "2",
                                    null,
                                    null,
                                    null,
                                    "Тіркеу",
                                    "Регистрация",
                                    null,
                                    "Шетелдіктер үш күн ішінде тіркеледі " + tag,
                                    "Иностранцы проходят регистрацию в течение трёх дней " + tag,
                                    null))));
            drafts.openConsultation(
                    id, Instant.now().minusSeconds(1), Instant.now().plus(Duration.ofDays(30)));
            return id;
        });
        PikirUser citizen = accounts.citizen("KZ");
        TestUsers.as(
                citizen,
                () -> comments.submitComment(draft, null, "Трёх дней на регистрацию мало, нужно пятнадцать " + tag));
        index.awaitIndexing();

        open("/search");
        Locator query = page.locator("#search-query input");
        query.fill("регистрации " + tag);
        query.press("Enter");

        page.waitForURL(Pattern.compile(".*/search\\?q=.*" + tag + ".*"));
        assertThat(page.locator("#search-summary")).hasText("Results: 2 (page 1)");
        Locator article =
                page.locator(".search-hit").filter(new Locator.FilterOptions().setHasText("Article of a draft law"));
        // "регистрации" found "регистрацию" (Russian stemming), emphasised in the snippet, as was the heading.
        assertThat(article.locator(".search-match")
                        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^регистрацию$"))))
                .hasCount(1);
        assertThat(article.locator(".search-match")
                        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + tag + "$"))))
                .hasCount(1);
        assertThat(page.locator(".search-hit").filter(new Locator.FilterOptions().setHasText("Comment on")))
                .containsText("пятнадцать");

        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "e2e-screenshots", "SearchE2ETest-results.png")));

        // The address is the result: opening it again (a shared link) shows the same page with a type filter.
        String shared = page.url() + "&type=article";
        page.navigate(shared);
        assertThat(page.locator("#search-summary")).hasText("Results: 1 (page 1)");
        assertThat(page.locator("#search-type")).containsText("Article of a draft law");

        page.locator(".search-hit .search-hit-title").first().click();
        page.waitForURL(Pattern.compile(".*/consultations/" + draft + "\\?article=2"));
        assertThat(page.locator("#draft-title")).isVisible();
        assertThat(page.locator("#article-2")).hasClass(Pattern.compile(".*consultation-article-focused.*"));
        assertThat(page.locator("#article-2")).containsText(tag);
    }
}
