package org.pikir.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.Poll;
import org.pikir.consultation.PollFixtures;
import org.pikir.consultation.PollService;
import org.pikir.consultation.PollVisibility;
import org.pikir.country.CountryCode;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The poll editor and the polls on a draft's page, browserless, on the real services and database. */
class PollViewsTest extends org.pikir.shared.KaribuTest {

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    PollFixtures pollFixtures;

    @Autowired
    PollService polls;

    private PikirUser official() {
        return accounts.official(fixtures.agency("KZ", "MVD"));
    }

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void officialAttachesAPollWithTranslatedAnswersAndDates() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll editor", 1);
        login(official);
        navigate("consultations/" + draft + "/polls");
        assertThat(_get(H1.class).getText()).isEqualTo("Polls: Poll editor en");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("This consultation has no polls yet.");

        // nothing entered: the required fields say so and nothing is stored
        click("poll-save");
        assertThat(field(TextField.class, "poll-question-kk").isInvalid()).isTrue();
        assertThat(polls.polls(draft)).isEmpty();

        field(TextField.class, "poll-question-kk").setValue("Тіркеу мерзімі қандай болуы керек?");
        field(TextField.class, "poll-question-ru").setValue("Каким должен быть срок регистрации?");
        field(TextField.class, "poll-question-en").setValue("What should the registration deadline be?");
        ((RadioButtonGroup<Boolean>) field(RadioButtonGroup.class, "poll-kind")).setValue(true);
        ((RadioButtonGroup<PollVisibility>) field(RadioButtonGroup.class, "poll-visibility"))
                .setValue(PollVisibility.LIVE);
        ZoneId zone = ConsultationFormat.zone(CountryCode.KZ);
        LocalDateTime closes = LocalDateTime.now(zone).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        field(DateTimePicker.class, "poll-closes-at").setValue(closes);
        click("poll-add-option");
        String[][] answers = {{"3 күн", "3 дня", "3 days"}, {"10 күн", "10 дней", "10 days"}, {"30 күн", "30 дней", ""}
        };
        String[] languages = {"kk", "ru", "en"};
        for (int i = 0; i < answers.length; i++) {
            for (int l = 0; l < 3; l++) {
                field(TextField.class, "poll-option-" + (i + 1) + "-" + languages[l])
                        .setValue(answers[i][l]);
            }
        }
        click("poll-save");

        Poll poll = polls.polls(draft).getFirst();
        assertThat(poll.question().ru()).isEqualTo("Каким должен быть срок регистрации?");
        assertThat(poll.question().kk()).isEqualTo("Тіркеу мерзімі қандай болуы керек?");
        assertThat(poll.multipleChoice()).isTrue();
        assertThat(poll.visibility()).isEqualTo(PollVisibility.LIVE);
        assertThat(poll.state()).isEqualTo(Poll.State.OPEN);
        assertThat(poll.closesAt()).isEqualTo(closes.atZone(zone).toInstant());
        assertThat(poll.options()).extracting(o -> o.label().kk()).containsExactly("3 күн", "10 күн", "30 күн");
        assertThat(poll.options()).extracting(o -> o.label().ru()).containsExactly("3 дня", "10 дней", "30 дней");
        assertThat(poll.options())
                .extracting(o -> o.label().en())
                .as("an empty English label is stored as none")
                .containsExactly("3 days", "10 days", null);
        Div managed = field(Div.class, "manage-poll-" + poll.id());
        assertThat(managed.getElement().getTextRecursively()).contains("What should the registration deadline be?");
        assertThat(_find(Button.class, spec -> spec.withId("manage-poll-" + poll.id() + "-edit")))
                .hasSize(1);

        // on the draft's page the official sees the poll and the way back to the editor, but no ballot
        navigate("consultations/" + draft);
        assertThat(field(Div.class, "draft-polls").getElement().getTextRecursively())
                .contains("What should the registration deadline be?")
                .contains("Only citizen accounts can take part");
        assertThat(_find(Button.class, spec -> spec.withId("poll-" + poll.id() + "-vote")))
                .isEmpty();
    }

    @Test
    void citizensAndOfficialsOfAnotherAgencyAreRefused() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll editor refused", 1);
        for (PikirUser someone : List.of(accounts.citizen("KZ"), accounts.official(fixtures.agency("UZ", "DIGITAL")))) {
            login(someone);
            navigate("consultations/" + draft + "/polls");
            assertThat(_find(PollEditorView.class)).isEmpty();
            assertThat(_find(Button.class, spec -> spec.withId("poll-save"))).isEmpty();
            assertThat(_find(TextField.class, spec -> spec.withId("poll-question-ru")))
                    .isEmpty();
        }
        assertThat(TestUsers.as(official, () -> polls.polls(draft))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void citizenVotesChangesTheVoteAndSeesLiveResults() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll ballot", 1);
        long poll = pollFixtures.openPoll(official, draft, false, PollVisibility.LIVE, "yes", "no");
        PikirUser citizen = accounts.citizen("KZ");
        login(citizen);
        navigate("consultations/" + draft);

        RadioButtonGroup<Poll.Option> choice = field(RadioButtonGroup.class, "poll-" + poll + "-choice");
        assertThat(_get(Button.class, spec -> spec.withId("poll-" + poll + "-vote"))
                        .getText())
                .isEqualTo("Vote");
        click("poll-" + poll + "-vote");
        assertThat(choice.isInvalid()).as("no answer chosen").isTrue();

        choice.setValue(choice.getListDataView().getItems().toList().get(0));
        click("poll-" + poll + "-vote");
        assertThat(myVote()).isEqualTo("Your vote: yes en");
        assertThat(_get(Button.class, spec -> spec.withId("poll-" + poll + "-vote"))
                        .getText())
                .isEqualTo("Change my vote");

        RadioButtonGroup<Poll.Option> again = field(RadioButtonGroup.class, "poll-" + poll + "-choice");
        assertThat(again.getValue().label().en()).isEqualTo("yes en");
        again.setValue(again.getListDataView().getItems().toList().get(1));
        click("poll-" + poll + "-vote");
        assertThat(myVote()).isEqualTo("Your vote: no en");
        List<Long> options = pollFixtures.options(citizen, draft, poll);
        assertThat(TestUsers.as(citizen, () -> polls.polls(draft)).getFirst().myChoices())
                .containsExactly(options.get(1));

        String results =
                field(Div.class, "poll-" + poll + "-results").getElement().getTextRecursively();
        assertThat(results)
                .contains("Live results (the poll is still open). Voters: <5")
                .contains("Country of residence")
                .contains("Kazakhstan");
    }

    @Test
    void aCitizenOfAnotherCountrySeesWhyTheyCannotVote() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll foreigner", 1);
        long poll = pollFixtures.openPoll(official, draft, false, PollVisibility.ON_CLOSE, "yes", "no");
        login(pollFixtures.voter("KZ", "UZ", true));
        navigate("consultations/" + draft);
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("poll-" + poll + "-choice")))
                .isEmpty();
        assertThat(_find(field(Div.class, "poll-" + poll), Paragraph.class).stream()
                        .map(Paragraph::getText))
                .contains(
                        "Only citizens of the country that holds this consultation can vote in its polls.",
                        "Results will be published when the poll closes.");
    }

    @Test
    void aClosedPollShowsItsFinalResultsAndNoBallot() {
        PikirUser official = official();
        long draft = fixtures.openDraft(official, "Poll closed", 1);
        long poll = pollFixtures.openPoll(official, draft, false, PollVisibility.ON_CLOSE, "yes", "no");
        long yes = pollFixtures.options(official, draft, poll).getFirst();
        for (int i = 0; i < 6; i++) {
            TestUsers.as(accounts.citizen("KZ"), () -> {
                polls.vote(poll, Set.of(yes));
                return null;
            });
        }
        TestUsers.as(official, () -> {
            polls.closePoll(poll);
            return null;
        });
        login(accounts.citizen("KZ"));
        useLanguage("ru");
        navigate("consultations/" + draft);

        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("poll-" + poll + "-choice")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("poll-" + poll + "-vote")))
                .isEmpty();
        String results =
                field(Div.class, "poll-" + poll + "-results").getElement().getTextRecursively();
        assertThat(results)
                .contains("Итоговые результаты")
                .contains("Казахстан")
                .contains("6")
                .contains("yes ru");
        assertThat(field(Div.class, "poll-" + poll).getElement().getTextRecursively())
                .doesNotContain("Проголосовать");
    }

    private static String myVote() {
        return _find(Paragraph.class).stream()
                .filter(p -> p.hasClassName("poll-my-vote"))
                .findFirst()
                .orElseThrow()
                .getText();
    }
}
