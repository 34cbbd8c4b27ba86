package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.pikir.shared.E2ETest;
import org.pikir.shared.TestUsers;

/** The newcomer's journey in a real browser: home, Kazakh, register, sign out, sign in; plus error pages. */
class FoundationE2ETest extends E2ETest {

    @Test
    void visitorSwitchesToKazakhRegistersSignsOutAndSignsIn() {
        open("/");
        assertThat(page.locator("#outlet h1")).hasText("Pikir: your opinion counts");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.locator("#language-switcher").click();
        page.getByRole(AriaRole.OPTION, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Қазақша"))
                .click();
        assertThat(page.locator("#outlet h1")).hasText("Pikir: сіздің пікіріңіз маңызды");
        assertThat(page.locator("html")).hasAttribute("lang", "kk");

        page.locator("#nav-register").click();
        String email = TestUsers.uniqueEmail("e2e");
        page.locator("#register-email input").fill(email);
        page.locator("#register-display-name input").fill("Әлия Нұрланқызы");
        page.locator("#register-password input").fill("e2e-pass-2026");
        page.locator("#register-password-repeat input").fill("e2e-pass-2026");
        chooseCountry("#register-residence", "Қазақстан");
        chooseCountry("#register-citizenship", "Қазақстан");
        page.locator("#register-submit").click();

        page.waitForURL(u -> u.endsWith("/login"));
        assertThat(page.locator("#login-form")).isVisible();
        // the language choice survived the page change (cookie)
        assertThat(page.locator("#login-form")).containsText("Кіру");

        signIn(email, "e2e-pass-2026");
        assertThat(page.locator("#account-menu")).containsText("Әлия Нұрланқызы");
        page.locator("#account-menu vaadin-menu-bar-button").first().click();
        page.locator("#sign-out").click();
        assertThat(page.locator("#nav-login")).isVisible();

        signIn(email, "e2e-pass-2026");
        assertThat(page.locator("#account-menu")).containsText("Әлия Нұрланқызы");
    }

    @Test
    void wrongPasswordShowsATranslatedErrorAndUnknownPagesATranslated404() {
        open("/login");
        page.locator("#login-form input[name='username']").fill("nobody@test.pikir");
        page.locator("#login-form input[name='password']").fill("wrong-password-1");
        page.locator("#login-form vaadin-button[slot='submit'], #login-form button[type='submit']")
                .first()
                .click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("#login-form")).containsText("Sign-in failed");

        page.navigate(url("/no-such-page"));
        assertThat(page.locator("#not-found h1")).hasText("Page not found");
    }

    private void chooseCountry(String comboId, String name) {
        page.locator(comboId + " input").fill(name);
        page.locator("vaadin-combo-box-item:visible")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name))
                .first()
                .click();
    }
}
