package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, poor connections: what a citizen types is kept in the browser across a reload and a dropped
 * connection, the page says plainly that it was not sent yet, and after the connection is back it is sent
 * exactly once and leaves the device. Vaadin's connection indicator speaks the UI language; signing out
 * removes every draft.
 */
class PoorConnectionE2ETest extends E2ETest {

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommentTypedOnAFlakyConnectionSurvivesAReloadAndTheDropAndIsPublishedOnce() {
        long draft = consultations.openDraft(
                accounts.official(consultations.agency("KZ", "MVD")), "E2E flaky connection", 2);
        PikirUser citizen = accounts.citizen("KZ");
        String text = "Тіркеу мерзімін ұзарту керек: ауылдан қалаға бір күнде жету қиын.";

        signIn(citizen.getUsername(), AccountFixtures.PASSWORD);
        open("/consultations/" + draft);
        page.locator("#comment-input textarea").fill(text);
        assertThat(keptDrafts()).hasSize(1);

        page.reload();
        assertThat(page.locator("#comment-input textarea")).hasValue(text);

        sendWhileOffline("#comment-submit", "#comment-connection");
        assertThat(page.locator("#comment-input textarea")).hasValue(text);
        assertThat(count("select count(*) from consultation_comment where author_id = ?", citizen))
                .isZero();

        // back online, the person waits: Vaadin sends the queued click by itself
        browserContext.setOffline(false);
        assertThat(page.locator("#comment-list")).containsText("ауылдан қалаға");
        assertThat(count("select count(*) from consultation_comment where author_id = ?", citizen))
                .isEqualTo(1);
        assertThat(page.locator("#comment-input textarea")).hasValue("");
        assertThat(keptDrafts()).isEmpty();
    }

    @Test
    void anAppealTypedOnAFlakyConnectionSurvivesAReloadAndTheDropAndIsRegisteredOnce() {
        PikirUser citizen = accounts.citizen("KZ");
        String subject = "No street lights on Abai street";
        String text = "The street lights between houses 10 and 40 on Abai street have been off for a month.";

        signIn(citizen.getUsername(), AccountFixtures.PASSWORD);
        open("/appeals/new");
        page.locator("#appeal-subject input").fill(subject);
        page.locator("#appeal-text textarea").fill(text);

        page.reload();
        assertThat(page.locator("#appeal-subject input")).hasValue(subject);
        assertThat(page.locator("#appeal-text textarea")).hasValue(text);
        page.locator("#appeal-agency input").fill("Akimat of Astana");
        page.locator("vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText("Akimat of Astana"))
                .first()
                .click();

        sendWhileOffline("#appeal-submit", "#appeal-connection");
        assertThat(page.locator("#appeal-text textarea")).hasValue(text);
        assertThat(count("select count(*) from appeal where author_id = ?", citizen))
                .isZero();

        // back online, the person presses send again at once: still one appeal
        browserContext.setOffline(false);
        if (page.locator("#appeal-submit").isEnabled()) {
            page.locator("#appeal-submit").click();
        }
        assertThat(page.locator("#appeal-number")).containsText("KZ-");
        assertThat(count("select count(*) from appeal where author_id = ?", citizen))
                .isEqualTo(1);
        assertThat(keptDrafts()).isEmpty();
    }

    @Test
    void aPetitionDraftSurvivesAReloadAndALanguageSwitchTheIndicatorIsTranslatedAndSigningOutForgetsIt() {
        PikirUser citizen = accounts.citizen("KZ");
        String title = "Drinking fountains in city parks";

        signIn(citizen.getUsername(), AccountFixtures.PASSWORD);
        open("/petitions/new");
        page.locator("#petition-title-input input").fill(title);
        page.locator("#petition-text-input textarea")
                .fill("In summer there is no drinking water in the parks of Shymkent, and children get ill.");
        page.locator("#petition-action-input textarea").fill("Install drinking fountains in every city park.");
        assertThat(indicatorText("reconnectingText"))
                .isEqualTo("Connection lost. Your text is kept on this device. Reconnecting…");

        page.reload();
        assertThat(page.locator("#petition-title-input input")).hasValue(title);
        assertThat(page.locator("#petition-action-input textarea"))
                .hasValue("Install drinking fountains in every city park.");

        page.locator("#language-switcher").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Русский"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page.locator("#petition-title-input input")).hasValue(title);
        assertThat(indicatorText("reconnectingText"))
                .isEqualTo("Связь прервалась. Ваш текст сохранён на этом устройстве. Подключаемся…");
        assertThat(indicatorText("offlineText")).startsWith("Нет связи.");
        assertThat(indicatorText("onlineText")).isEqualTo("Связь восстановлена.");

        // the key names no one: it is derived from the account, not its e-mail address
        assertThat(keptDrafts()).singleElement().asString().doesNotContain(citizen.getUsername());
        page.locator("#account-menu vaadin-menu-bar-button").first().click();
        page.locator("#sign-out").click();
        assertThat(page.locator("#nav-login")).isVisible();
        assertThat(keptDrafts()).isEmpty();
    }

    /** Goes offline, clicks send and checks the page says plainly that nothing was sent and the text is kept. */
    private void sendWhileOffline(String send, String status) {
        browserContext.setOffline(true);
        assertThat(page.locator(status)).hasText("No connection at the moment. What you type is kept on this device.");
        page.locator(send).click();
        assertThat(page.locator(status))
                .hasText("Not sent yet: there is no connection. Your text is kept on this device and will be sent "
                        + "when the connection is back.");
        assertThat(page.evaluate("() => window.Vaadin.connectionState.state")).isEqualTo("reconnecting");
    }

    private List<?> keptDrafts() {
        return (List<?>) page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('pikir.draft.'))");
    }

    private String indicatorText(String property) {
        return (String) page.evaluate("p => window.Vaadin.connectionIndicator[p]", property);
    }

    private long count(String sql, PikirUser author) {
        return jdbc.queryForObject(sql, Long.class, author.accountId());
    }
}
