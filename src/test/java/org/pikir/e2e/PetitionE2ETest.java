package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The petition journey in Chromium: a citizen creates, a moderator approves, a citizen signs, the official responds. */
class PetitionE2ETest extends E2ETest {

    @Autowired
    AccountFixtures accounts;

    @Autowired
    CountryService countries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createModerateSignAndRespond() {
        Agency government = countries.agencies(CountryCode.KZ).stream()
                .filter(a -> a.getKind() == AgencyKind.GOVERNMENT)
                .findFirst()
                .orElseThrow();
        PikirUser author = accounts.citizen("KZ");
        PikirUser moderator = accounts.moderator(CountryCode.KZ);
        PikirUser signer = accounts.citizen("KZ");
        PikirUser official = accounts.official(government.getId());
        String title = "Shade over bus stops in Turkistan " + System.nanoTime();

        signIn(author.getUsername(), AccountFixtures.PASSWORD);
        open("/petitions/new");
        page.locator("#petition-agency input").fill("Government");
        page.locator("vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText("Government of the Republic of Kazakhstan"))
                .first()
                .click();
        page.locator("#petition-title-input input").fill(title);
        page.locator("#petition-text-input textarea")
                .fill("In summer the bus stops in Turkistan have no shade, and people wait in the sun at 45 degrees.");
        page.locator("#petition-action-input textarea").fill("Build shaded shelters at all city bus stops.");
        page.locator("#petition-submit").click();
        assertThat(page.locator("#petition-status")).hasText("Awaiting moderation");
        page.waitForURL(u -> u.contains("/petition/"));
        String path = page.url().substring(page.url().indexOf("/petition/"));
        long id = Long.parseLong(path.substring("/petition/".length()));

        switchTo(moderator);
        open("/petitions/moderation");
        page.locator("#petition-moderation-grid").getByText(title).click();
        page.locator("#petition-approve").click();
        assertThat(page.locator("#petition-status")).hasText("Open");

        // Test shortcut: the country threshold is 50 000; one signature must be enough here.
        jdbc.update("update petition set threshold = 1 where id = ?", id);
        switchTo(signer);
        open(path);
        assertThat(page.locator("#petition-count")).hasText("0 of 1 signatures");
        page.locator("#petition-sign").click();
        assertThat(page.locator("#petition-you-signed")).isVisible();
        assertThat(page.locator("#petition-count")).hasText("1 of 1 signatures");
        assertThat(page.locator("#petition-status")).hasText("Threshold reached");

        switchTo(official);
        open("/petitions/to-answer");
        page.locator("#petition-to-answer-grid").getByText(title).click();
        page.locator("#petition-response-decision-input vaadin-radio-button")
                .first()
                .click();
        page.locator("#petition-response-input textarea")
                .fill("Shelters will be installed at the 40 busiest stops before next summer.");
        page.locator("#petition-response-publish").click();
        assertThat(page.locator("#petition-response-text"))
                .hasText("Shelters will be installed at the 40 busiest stops before next summer.");

        dropSession();
        open(path);
        assertThat(page.locator("#petition-status")).hasText("Responded");
        assertThat(page.locator("#petition-response-decision")).hasText("Will act");
        assertThat(page.locator("#petition-response-text")).isVisible();
        assertThat(page.locator("#petition-count")).hasText("1 of 1 signatures");
    }

    private void switchTo(PikirUser user) {
        dropSession();
        signIn(user.getUsername(), AccountFixtures.PASSWORD);
    }
}
