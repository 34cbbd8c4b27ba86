package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.ConsiderationFixtures;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.CommentVoteValue;
import org.pikir.consultation.OpinionGroupService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Russian: citizens vote in two camps on a draft's comments; once the background recompute has run, a citizen
 * sees the opinion groups on the draft page and the drafting agency's official sees what unites and what divides
 * them in the consideration workspace.
 */
class OpinionGroupsE2ETest extends E2ETest {

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    CommentService comments;

    @Autowired
    OpinionGroupService groups;

    @Test
    void citizenSeesOpinionGroupsOnTheDraftAndOfficialSeesWhatUnitesAndDivides() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser author = accounts.citizen("KZ");
        List<Long> ids = new ArrayList<>();
        String[] texts = {
            "Срок регистрации нужно продлить до десяти дней.",
            "Штрафы для работодателей слишком высокие.",
            "Онлайн-регистрация через портал должна быть бесплатной.",
            "Проверки адресов нужно проводить чаще."
        };
        for (int i = 0; i < texts.length; i++) {
            ids.add(fixtures.comment(author, draft.id(), i % 2, texts[i]));
        }
        long shared = fixtures.comment(author, draft.id(), null, "Закон нужно перевести на казахский и русский языки.");
        for (int v = 0; v < 12; v++) {
            boolean first = v < 6;
            TestUsers.as(accounts.citizen("KZ"), () -> {
                for (int i = 0; i < ids.size(); i++) {
                    boolean agree = (i % 2 == 0) == first;
                    comments.voteOnComment(ids.get(i), agree ? CommentVoteValue.AGREE : CommentVoteValue.DISAGREE);
                }
                comments.voteOnComment(shared, CommentVoteValue.AGREE);
                return null;
            });
        }
        awaitGroups(draft.id(), 12 * 5);

        PikirUser citizen = accounts.citizen("KZ");
        browserContext.addCookies(List.of(new Cookie("pikir-lang", "ru").setUrl(url("/"))));
        signIn(citizen.getUsername(), AccountFixtures.PASSWORD);
        open("/consultations/" + draft.id());
        var section = page.locator("#opinion-groups");
        assertThat(section).containsText("Группы мнений");
        assertThat(page.locator("#opinion-groups-computed")).containsText("12 участников");
        assertThat(page.locator("#opinion-group-1")).containsText("6 чел.");
        assertThat(page.locator("#opinion-group-2")).containsText("6 чел.");
        assertThat(page.locator("#opinion-groups-consensus")).containsText("перевести на казахский");
        assertThat(page.locator("#opinion-groups-map img")).hasAttribute("alt", java.util.regex.Pattern.compile(".+"));
        assertThat(page.locator("#opinion-groups-map vaadin-grid")).isAttached();
        // The map is a picture: nothing on it leads to a person.
        assertThat(page.locator("#opinion-groups-map a[href*='account'], #opinion-groups-map a[href*='profile']"))
                .hasCount(0);

        dropSession();
        browserContext.addCookies(List.of(new Cookie("pikir-lang", "ru").setUrl(url("/"))));
        signIn(draft.official().getUsername(), AccountFixtures.PASSWORD);
        open("/consideration/" + draft.id());
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Что объединяет и что разделяет"))
                .click();
        assertThat(page.locator("#opinion-groups")).containsText("Что объединяет");
        assertThat(page.locator("#opinion-groups-consensus")).containsText("перевести на казахский");
        assertThat(page.locator("#opinion-groups-divides")).containsText("Срок регистрации нужно продлить");
        checkAccessible();
    }

    private void awaitGroups(long draftId, int votes) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (groups.forDraft(draftId)
                    .filter(m -> m.votes() == votes && m.hasGroups())
                    .isPresent()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("opinion groups not computed within 60 s");
    }
}
