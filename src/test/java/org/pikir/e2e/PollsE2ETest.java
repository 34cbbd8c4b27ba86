package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.Poll;
import org.pikir.consultation.PollService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Russian: an official of the drafting agency attaches a poll with live results to a draft; a verified citizen
 * of Kazakhstan votes, changes the vote and sees the results; a citizen of Uzbekistan sees why they cannot vote.
 */
class PollsE2ETest extends E2ETest {

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    PollService polls;

    private void russian() {
        browserContext.addCookies(List.of(new Cookie("pikir-lang", "ru").setUrl(url("/"))));
    }

    @Test
    void officialOpensALivePollCitizenVotesAndChangesTheVoteForeignerIsToldWhy() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "E2E poll", 1);

        russian();
        signIn(official.getUsername(), AccountFixtures.PASSWORD);
        open("/consultations/" + draft + "/polls");
        assertThat(page.locator("h1")).containsText("Опросы");
        page.locator("#poll-question-kk input").fill("Тіркеу мерзімі қандай болуы керек?");
        page.locator("#poll-question-ru input").fill("Каким должен быть срок регистрации?");
        page.locator("#poll-question-en input").fill("What should the registration deadline be?");
        page.locator(
                        "#poll-visibility vaadin-radio-button",
                        new Page.LocatorOptions().setHasText("результаты в реальном времени"))
                .click();
        page.locator("#poll-option-1-kk input").fill("3 жұмыс күні");
        page.locator("#poll-option-1-ru input").fill("3 рабочих дня");
        page.locator("#poll-option-2-kk input").fill("15 күн");
        page.locator("#poll-option-2-ru input").fill("15 дней");
        page.locator("#poll-save").click();
        Locator managed = page.locator(".consultation-poll", new Page.LocatorOptions().setHasText("Каким должен быть"));
        assertThat(managed).containsText("Открыт");
        assertThat(managed).containsText("результаты в реальном времени");
        checkAccessible();

        Poll poll = TestUsers.as(official, () -> polls.polls(draft)).getFirst();
        long id = poll.id();
        // five other citizens have voted for 15 days, so the results have counts large enough to show
        for (int i = 0; i < 5; i++) {
            TestUsers.as(accounts.citizen("KZ"), () -> {
                polls.vote(id, Set.of(poll.options().get(1).id()));
                return null;
            });
        }

        dropSession();
        russian();
        signIn(accounts.citizen("KZ").getUsername(), AccountFixtures.PASSWORD);
        open("/consultations/" + draft);
        Locator box = page.locator("#poll-" + id);
        assertThat(box).containsText("Каким должен быть срок регистрации?");
        box.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("3 рабочих дня"))
                .click();
        page.locator("#poll-" + id + "-vote").click();
        assertThat(box.locator(".poll-my-vote")).hasText("Ваш голос: 3 рабочих дня");
        assertThat(page.locator("#poll-" + id + "-results")).containsText("Проголосовало: 6");
        checkAccessible();

        assertThat(page.locator("#poll-" + id + "-vote")).hasText("Изменить мой голос");
        box.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("15 дней"))
                .click();
        page.locator("#poll-" + id + "-vote").click();
        assertThat(box.locator(".poll-my-vote")).hasText("Ваш голос: 15 дней");
        Locator results = page.locator("#poll-" + id + "-results");
        assertThat(results).containsText("Текущие результаты (опрос ещё идёт). Проголосовало: 6");
        assertThat(results.locator("caption")).hasText("Голоса всего и по стране проживания голосовавших");
        assertThat(results.locator("tbody tr").first()).containsText("Всего");
        assertThat(results.locator("tbody tr").nth(1)).containsText("Казахстан");
        checkAccessible();

        dropSession();
        russian();
        signIn(accounts.citizen("UZ").getUsername(), AccountFixtures.PASSWORD);
        open("/consultations/" + draft);
        assertThat(page.locator("#poll-" + id + " .poll-denial"))
                .hasText("Голосовать в опросах этого обсуждения могут только граждане страны, которая его проводит.");
        assertThat(page.locator("#poll-" + id + "-vote")).hasCount(0);
        assertThat(page.locator("#poll-" + id + "-results")).containsText("Проголосовало: 6");
    }
}
