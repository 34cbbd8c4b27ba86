package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.ClusterFixtures;
import org.pikir.consideration.CommentClusters.Addition;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.CommentClusters.TopicCluster;
import org.pikir.consideration.ConsiderationFixtures;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An official decides a campaign and a topic with reasons; the public report and the dashboard show it; the
 * citizen sees the decision on their own comment.
 */
class ConsiderationE2ETest extends E2ETest {

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    ClusterFixtures clusters;

    @Autowired
    AccountFixtures accounts;

    @Test
    void officialDecidesCampaignAndTopicThenReportDashboardAndCitizenShowIt() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser citizen = accounts.citizen("KZ");
        String letter = "Требуем продлить срок регистрации иностранцев до десяти рабочих дней.";
        long m1 = fixtures.comment(citizen, draft.id(), 0, letter);
        long m2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, letter);
        long m3 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, letter + " Очереди в ЦОН огромные.");
        long t1 = fixtures.comment(
                accounts.citizen("KZ"), draft.id(), 2, "Работодатель не должен отвечать за адрес мигранта.");
        long t2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Ответственность работодателя чрезмерна.");
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster(
                                "C1",
                                letter,
                                List.of(m1, m2, m3),
                                List.of(new Addition("Очереди в ЦОН огромные.", m3, 1)),
                                Set.of(m3),
                                "T2")),
                        List.of(new TopicCluster("T1", "ответственность работодателя", List.of(t1, t2)))));

        signIn(draft.official().getUsername(), AccountFixtures.PASSWORD);
        open("/consideration/" + draft.id());
        assertThat(page.locator("#workspace-title")).containsText("Consideration");
        decide(
                "#decide-campaign-C1",
                "Partially accepted",
                "Срок продлён до пяти рабочих дней; десять дней противоречат миграционному учёту.");
        assertThat(page.locator("#workspace-tree")).containsText("3 of 3 decided");
        decide("#decide-topic-T1", "Rejected", "Ответственность работодателя установлена Трудовым кодексом.");
        assertThat(page.locator("#workspace-tree")).containsText("2 of 2 decided");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Audit trail"))
                .click();
        assertThat(page.locator("#workspace-audit")).containsText("Applied from group");

        fixtures.close(draft);
        dropSession();

        open("/reports/" + draft.id());
        assertThat(page.locator("#report-summary")).containsText("5 comments, 5 considered");
        Locator report = page.locator("#report-table");
        assertThat(report).containsText("Partially accepted");
        assertThat(report).containsText("Срок продлён до пяти рабочих дней");
        assertThat(report).containsText("Ответственность работодателя установлена Трудовым кодексом.");
        assertThat(page.locator("#report-csv")).isVisible();
        Page print = page.context().newPage();
        print.navigate(url("/api/v1/consultations/" + draft.id() + "/consideration-report.html?lang=ru"));
        assertThat(print.locator("table")).containsText("Принято частично");
        print.close();

        open("/accountability?draft=" + draft.id());
        assertThat(page.locator("#metric-considered")).containsText("100%");
        assertThat(page.locator("#metric-considered")).containsText("5 of 5");
        assertThat(page.locator("#chart-outcomes")).containsText("Partially accepted");

        signIn(citizen.getUsername(), AccountFixtures.PASSWORD);
        open("/my-comments");
        Locator mine = page.locator("#my-comment-" + m1);
        assertThat(mine).containsText("Decision: Partially accepted");
        assertThat(mine).containsText("Срок продлён до пяти рабочих дней");
    }

    private void decide(String button, String outcome, String reason) {
        page.locator(button).click();
        page.locator("#decision-outcome").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(outcome))
                .first()
                .click();
        page.locator("#decision-reason textarea").fill(reason);
        page.locator("#decision-save").click();
        assertThat(page.locator("#decision-dialog")).hasCount(0);
    }
}
