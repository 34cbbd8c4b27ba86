package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.comparison.ComparisonFixture;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An analyst compares the five countries, changes the period, switches to Russian and downloads the CSV. */
class ComparisonE2ETest extends E2ETest {

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void analystSwitchesPeriodAndLanguageAndDownloadsTheSuppressedCsv() throws Exception {
        ComparisonFixture.ensure(jdbc);
        PikirUser analyst = accounts.withRoles(EnumSet.of(Role.ANALYST));
        signIn(analyst.getUsername(), AccountFixtures.PASSWORD);

        open("/comparison?from=2012-03-01&to=2012-05-31");
        assertThat(page.locator("#outlet h1")).hasText("Five-country comparison");
        assertThat(page.locator("#comparison-period")).containsText("2012");
        assertThat(page.locator("#comparison-table")).containsText("Signatures per 100,000 internet users");

        // another period: April and May only
        page.locator("#comparison-from input").fill("2012-04-01");
        page.locator("#comparison-from input").press("Enter");
        page.locator("#comparison-apply").click();
        page.waitForURL(u -> u.contains("from=2012-04-01"));
        assertThat(page.locator("#comparison-period")).containsText("Apr");

        page.locator("#language-switcher").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Русский"))
                .click();
        assertThat(page.locator("#outlet h1")).hasText("Сравнение пяти стран");
        assertThat(page.locator("html")).hasAttribute("lang", "ru");

        Download download =
                page.waitForDownload(() -> page.locator("#comparison-csv").click());
        assertThat(download.suggestedFilename()).isEqualTo("pikir-comparison-2012-04-01_2012-05-31.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFРаздел,Показатель,Казахстан,Узбекистан,Кыргызстан,Таджикистан,Туркменистан");
        // April–May: 12 KZ signatures; 2 + 1 KZ comments and nothing elsewhere are suppressed
        assertThat(lines).contains("Участие,Подписи,12,<5,<5,<5,<5", "Участие,Комментарии,<5,<5,<5,<5,<5");
        assertThat(csv).doesNotContain("fixture");

        Long exports = jdbc.queryForObject("""
                select count(*) from comparison_access_log
                where account_id = ? and action = 'EXPORT_CSV' and period_from = date '2012-04-01'""", Long.class, analyst.accountId());
        assertThat(exports).isEqualTo(1);
    }

    @Test
    void aCitizenIsTurnedAway() {
        var citizen = accounts.citizen("KZ");
        signIn(citizen.getUsername(), AccountFixtures.PASSWORD);
        page.navigate(url("/comparison?countries=KZ")); // the error page has no app layout to wait for
        assertThat(page.locator("#access-denied h1")).hasText("Access denied");
    }
}
