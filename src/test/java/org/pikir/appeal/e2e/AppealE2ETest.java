package org.pikir.appeal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.springframework.beans.factory.annotation.Autowired;

/** The main appeal journey in Chromium: submit with a PDF, an official answers, the citizen reads and rates. */
class AppealE2ETest extends E2ETest {

    @Autowired
    AccountFixtures accounts;

    @Autowired
    CountryService countries;

    @Test
    void citizenSubmitsWithAPdfOfficialRepliesCitizenSeesTheReplyAndRatesIt() throws Exception {
        Agency agency = countries.agencies(CountryCode.KZ).stream()
                .filter(a -> a.getCode().equals("AKIMAT_ASTANA"))
                .findFirst()
                .orElseThrow();
        PikirUser citizen = accounts.citizen("KZ");
        PikirUser official = accounts.official(agency.getId());
        Path pdf = Files.createTempFile("scan", ".pdf");
        Files.write(
                pdf,
                ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        // the citizen submits
        signIn(citizen.getUsername(), AccountFixtures.PASSWORD);
        open("/appeals/new");
        page.locator("#appeal-country").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Kazakhstan"))
                .click();
        page.locator("#appeal-agency input").fill("Akimat of Astana");
        page.locator("vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText("Akimat of Astana"))
                .first()
                .click();
        page.locator("#appeal-subject input").fill("Broken playground on Kenesary street");
        page.locator("#appeal-text textarea")
                .fill("The swings in the playground behind building 14 are broken "
                        + "and dangerous for children. Photos of the damage are attached.");
        page.locator("#appeal-upload input[type=file]").setInputFiles(pdf);
        page.locator("vaadin-upload-file[complete]").waitFor();
        page.locator("#appeal-submit").click();
        assertThat(page.locator("#appeal-number")).containsText("KZ-");
        String number = page.locator("#appeal-number")
                .textContent()
                .replace("Registration number: ", "")
                .strip();
        assertThat(page.locator("#appeal-due")).containsText("The agency must answer by");
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/appeal-1-confirmation.png")));
        page.locator("#appeal-open").click();
        assertThat(page.locator("#appeal-attachments"))
                .containsText(pdf.getFileName().toString());

        // the official finds it in the inbox and answers
        dropSession();
        signIn(official.getUsername(), AccountFixtures.PASSWORD);
        open("/inbox");
        page.locator("#inbox-search input").fill(number);
        page.locator("#inbox-grid").getByText(number).click();
        assertThat(page.locator("#appeal-status")).hasText("Status: Registered");
        assertThat(page.locator("#appeal-attachments"))
                .containsText(pdf.getFileName().toString());
        page.locator("#reply-text textarea").fill("The playground will be repaired by the district service this week.");
        page.locator("#reply-submit").click();
        assertThat(page.locator("#appeal-status")).hasText("Status: Answered");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/appeal-2-answered.png")));

        // the citizen reads the answer and rates it
        dropSession();
        signIn(citizen.getUsername(), AccountFixtures.PASSWORD);
        open("/appeals/mine");
        page.locator("#my-appeals").getByText(number).click();
        assertThat(page.locator("#reply-text-0"))
                .hasText("The playground will be repaired by the district service this week.");
        page.locator("#rate-stars vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("4"))
                .click();
        page.locator("#rate-comment textarea").fill("Thank you, quick answer.");
        page.locator("#rate-submit").click();
        assertThat(page.locator("#reply-rating")).hasText("Your rating: 4 of 5");
        assertThat(page.locator("#appeal-timeline")).containsText("Answer rated");
    }
}
