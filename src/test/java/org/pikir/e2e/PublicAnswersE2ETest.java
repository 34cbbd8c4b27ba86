package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.ui.SubmitAppealView;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * "Answers before you ask" in Chromium, in Russian: an official publishes a public answer; a citizen writing an
 * appeal to that agency sees it after a pause, says it answers the question, and nothing is sent; the public
 * Questions and answers page finds it by search.
 */
class PublicAnswersE2ETest extends E2ETest {

    static final String QUESTION = "Когда в Караганде начнётся отопительный сезон в многоквартирных домах?";
    static final String ANSWER = "Отопительный сезон в Карагандинской области начинается, когда среднесуточная "
            + "температура пять дней подряд ниже +10 °C, обычно с 1 октября.";

    @Autowired
    AccountFixtures accounts;

    @Autowired
    CountryService countries;

    @Autowired
    AppealService appeals;

    @Test
    void anOfficialPublishesACitizenIsAnsweredBeforeAskingAndAnyoneFindsIt() {
        Agency agency = countries.agencies(CountryCode.KZ).stream()
                .filter(a -> a.getCode().equals("AKIMAT_KARAGANDA_REGION"))
                .findFirst()
                .orElseThrow();
        PikirUser official = accounts.official(agency.getId());
        PikirUser citizen = accounts.citizen("KZ");

        // the official publishes an answer
        signInInRussian(official);
        open("/appeals/answers/write");
        assertThat(page.locator("#outlet h1")).hasText("Опубликовать публичный ответ");
        page.locator("#answer-question textarea").fill(QUESTION);
        page.locator("#answer-text textarea").fill(ANSWER);
        page.locator("#answer-legal input").fill("Правила предоставления коммунальных услуг, п. 7");
        assertThat(page.locator("#answer-languages vaadin-checkbox[checked]")).hasCount(1);
        page.locator("#answer-save").click();
        assertThat(page.locator("#answer-status")).hasText("Опубликован");
        assertThat(page.locator("#answer-mine")).containsText(QUESTION);
        checkAccessible();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/answers-1-published.png")));

        // a citizen starts an appeal to that agency and is shown the answer after a pause
        dropSession();
        signInInRussian(citizen);
        open("/appeals/new");
        page.locator("#appeal-country").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Казахстан"))
                .click();
        page.locator("#appeal-agency input").fill("Карагандинской");
        page.locator("vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText("Акимат Карагандинской области"))
                .first()
                .click();
        page.locator("#appeal-subject input").fill("Отопление");
        page.locator("#appeal-text textarea")
                .pressSequentially("Добрый день! Подскажите, когда в нашем доме в Караганде дадут отопление? "
                        + "Отопительный сезон уже начался или нет?");
        // the suggestions are looked up once the citizen pauses: wait for the pause after the last keystroke
        page.waitForTimeout(SubmitAppealView.SUGGEST_PAUSE_MS + 700);
        Locator suggestion = page.locator("#appeal-suggestions .public-answer")
                .filter(new Locator.FilterOptions().setHasText(QUESTION))
                .first();
        assertThat(suggestion).isVisible();
        assertThat(page.locator("#appeal-suggestions-heading")).hasText("Возможно, на ваш вопрос уже есть ответ");
        checkAccessible();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/answers-2-suggested.png")));
        suggestion.locator("vaadin-button").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Да, не отправлять"))
                .click();
        assertThat(page.locator("#appeal-answered-before")).containsText("Ваше обращение не отправлено");
        assertThat(page.locator("#appeal-submit")).hasCount(0);
        checkAccessible();
        org.assertj.core.api.Assertions.assertThat(TestUsers.as(citizen, () -> appeals.myAppeals(PageRequest.of(0, 5))))
                .as("the appeal was not sent")
                .isEmpty();

        // anyone finds it on Questions and answers
        dropSession();
        browserContext.addCookies(List.of(new Cookie("pikir-lang", "ru").setUrl(url("/"))));
        open("/answers");
        assertThat(page.locator("#outlet h1")).hasText("Вопросы и ответы");
        page.locator("#answers-country").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Казахстан"))
                .click();
        page.locator("#answers-search input").fill("отопительный сезон Караганда");
        Locator found = page.locator("#answers-results .public-answer")
                .filter(new Locator.FilterOptions().setHasText(QUESTION))
                .first();
        assertThat(found).isVisible();
        assertThat(found).containsText("Акимат Карагандинской области");
        assertThat(found).containsText("среднесуточная");
        checkAccessible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/answers-3-found.png")));
    }

    private void signInInRussian(PikirUser user) {
        browserContext.addCookies(List.of(new Cookie("pikir-lang", "ru").setUrl(url("/"))));
        signIn(user.getUsername(), AccountFixtures.PASSWORD);
        if (!"ru".equals(page.evaluate("() => document.documentElement.lang"))) {
            page.locator("#language-switcher").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Русский"))
                    .click();
        }
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
    }
}
