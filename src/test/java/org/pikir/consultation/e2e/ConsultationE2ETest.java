package org.pikir.consultation.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consultation journey in Chromium: a citizen comments on an article in Kazakh and agrees with another
 * comment, the counts change; the official closes the round and publishes version 2; the diff shows it.
 */
class ConsultationE2ETest extends E2ETest {

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    CommentService comments;

    @Test
    void citizenCommentsAndAgreesThenOfficialPublishesVersionTwoAndTheDiffShowsIt() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "E2E migrant registration", 3);
        long article = fixtures.articleId(draft, 0);
        PikirUser other = accounts.citizen("KZ");
        long othersComment =
                TestUsers.as(other, () -> comments.submitComment(draft, article, "Мерзімді ұзарту керек, үш күн аз."));
        PikirUser citizen = accounts.citizen("KZ");

        signIn(citizen.getUsername(), AccountFixtures.PASSWORD);
        open("/consultations/" + draft);
        assertThat(page.locator("#draft-title")).hasText("E2E migrant registration en");
        page.locator("#article-comments-1").click();
        assertThat(page.locator("#comment-target")).containsText("Article 1");
        assertThat(page.locator("#comment-" + othersComment)).isVisible();

        page.locator("#comment-input textarea").fill("Бұл бапты қолдаймын, бірақ онлайн тіркеу міндетті болуы керек.");
        page.locator("#comment-submit").click();
        assertThat(page.locator("#comment-list")).containsText("Бұл бапты қолдаймын");
        assertThat(page.locator("#comment-list")).containsText("Kazakh");
        assertThat(page.locator("#draft-counts")).containsText("2 comments");
        assertThat(page.locator("#article-comments-1")).hasText("Comments (2)");

        assertThat(page.locator("#agree-" + othersComment)).hasText("Agree (0)");
        page.locator("#agree-" + othersComment).click();
        assertThat(page.locator("#agree-" + othersComment)).hasText("Agree (1)");
        assertThat(page.locator("#agree-" + othersComment)).hasAttribute("aria-pressed", "true");

        dropSession();
        signIn(official.getUsername(), AccountFixtures.PASSWORD);
        open("/consultations/manage/" + draft);
        page.locator("#close-consultation").click();
        assertThat(page.locator("#editor-status")).containsText("Closed");
        page.locator("#article-text-en-0 textarea")
                .fill("Text of article 1 after the discussion: online registration is mandatory");
        page.locator("#publish-version").click();
        assertThat(page.locator("#editor-status")).containsText("New version published");

        open("/consultations/" + draft + "/diff");
        assertThat(page.locator("#diff-result ins").first()).containsText("after the discussion");
        assertThat(page.locator("#diff-article-1")).containsText("Changed");
    }
}
