package org.pikir.appeal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.PublicAnswerForm;
import org.pikir.appeal.PublicAnswerService;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Questions and answers, writing a public answer, and the suggestions on the appeal form, browserless. */
class PublicAnswerViewsTest extends KaribuTest {

    @Autowired
    CountryService countries;

    @Autowired
    PublicAnswerService answers;

    @Autowired
    AppealService appeals;

    @Autowired
    JdbcTemplate jdbc;

    private Agency ministry(CountryCode country, int n) {
        return countries.agencies(country).stream()
                .filter(a -> a.getKind() == AgencyKind.MINISTRY)
                .sorted(java.util.Comparator.comparing(Agency::getCode))
                .skip(n)
                .findFirst()
                .orElseThrow();
    }

    private long publish(PikirUser official, String question, String answer) {
        return TestUsers.as(
                official,
                () -> answers.publish(new PublicAnswerForm(question, answer, null, List.of("ru"), null, null)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anyoneBrowsesSearchesAndPagesThroughAnAgencysAnswers() {
        Agency agency = ministry(CountryCode.KG, 5);
        PikirUser official = accounts.official(agency.getId());
        long water = publish(
                official, "Когда дадут горячую воду после ремонта?", "Горячую воду дают после испытаний теплосети.");
        for (int i = 0; i < QuestionsAnswersView.PAGE_SIZE; i++) {
            publish(official, "Как оформить справку номер " + (i + 1) + "?", "Справку выдаёт ЦОН.");
        }
        logout();
        navigate("answers");
        _get(Select.class, spec -> spec.withId("answers-country")).setValue(CountryCode.KG);
        ComboBox<Agency> agencyBox = _get(ComboBox.class, spec -> spec.withId("answers-agency"));
        agencyBox.setValue(agency);
        _assertNone(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("answers-write"));

        // Tests never assume empty tables: the agency has at least the 11 answers published above.
        long total = answers.count(CountryCode.KG, agency.getId(), null);
        long pages = (total + QuestionsAnswersView.PAGE_SIZE - 1) / QuestionsAnswersView.PAGE_SIZE;
        assertThat(total).isGreaterThanOrEqualTo(QuestionsAnswersView.PAGE_SIZE + 1);
        Span page = _get(Span.class, spec -> spec.withId("answers-page"));
        assertThat(page.getText()).isEqualTo("Page 1 of " + pages + " (" + total + " answers)");
        assertThat(cards()).hasSize(QuestionsAnswersView.PAGE_SIZE);
        Button previous = _get(Button.class, spec -> spec.withId("answers-previous"));
        Button next = _get(Button.class, spec -> spec.withId("answers-next"));
        assertThat(previous.isEnabled()).isFalse();
        ButtonKt._click(next);
        assertThat(page.getText()).startsWith("Page 2 of " + pages);
        assertThat(cards())
                .hasSize((int) Math.min(QuestionsAnswersView.PAGE_SIZE, total - QuestionsAnswersView.PAGE_SIZE));
        assertThat(previous.isEnabled()).isTrue();
        assertThat(next.isEnabled()).isEqualTo(pages > 2);
        ButtonKt._click(previous);
        assertThat(page.getText()).startsWith("Page 1 of " + pages);

        TextField search = _get(TextField.class, spec -> spec.withId("answers-search"));
        search.setValue("горячая вода");
        assertThat(cards()).extracting(Div::getId).contains(java.util.Optional.of("answer-" + water));
        assertThat(_find(H3.class, spec -> spec.withClasses("public-answer-question")))
                .extracting(H3::getText)
                .containsOnly("Когда дадут горячую воду после ремонта?");

        search.setValue("светофор перекрёсток");
        assertThat(cards()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("answers-empty")).getText())
                .isEqualTo("No published answer matches your search.");

        search.clear();
        agencyBox.setValue(ministry(CountryCode.TM, 3));
        _get(Select.class, spec -> spec.withId("answers-country")).setValue(CountryCode.TM);
        agencyBox.setValue(ministry(CountryCode.TM, 3));
        assertThat(cards()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("answers-empty")).getText())
                .isEqualTo("No answers have been published here yet.");
    }

    private static List<Div> cards() {
        return _find(Div.class, spec -> spec.withClasses("public-answer"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficialPublishesWithdrawsAndRepublishesAnAnswer() {
        Agency agency = ministry(CountryCode.KG, 6);
        PikirUser official = accounts.official(agency.getId());
        login(official);
        navigate("answers");
        _assertOne(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("answers-write"));
        navigate("appeals/answers/write");
        _assertOne(Paragraph.class, spec -> spec.withId("answer-privacy"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("answer-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("answer-question")).isInvalid())
                .isTrue();

        _get(TextArea.class, spec -> spec.withId("answer-question")).setValue("Where do I renew a passport?");
        _get(TextArea.class, spec -> spec.withId("answer-text")).setValue("At any public service centre.");
        _get(TextField.class, spec -> spec.withId("answer-legal")).setValue("Passport rules, art. 3");
        CheckboxGroup<String> languages = _get(CheckboxGroup.class, spec -> spec.withId("answer-languages"));
        assertThat(languages.getValue()).containsExactly("en");
        languages.setValue(Set.of("en", "ru"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("answer-save")));

        var mine = TestUsers.as(official, () -> answers.agencyAnswers(0, 100)).stream()
                .filter(a -> a.question().equals("Where do I renew a passport?"))
                .toList();
        assertThat(mine).isNotEmpty();
        long id = mine.getFirst().id();
        assertThat(mine.getFirst().languages()).containsExactly("ru", "en");
        assertThat(answers.published(id).legalBasis()).isEqualTo("Passport rules, art. 3");
        assertThat(_get(Span.class, spec -> spec.withId("answer-status")).getText())
                .isEqualTo("Published");
        _assertOne(ListItem.class, spec -> spec.withId("answer-mine-" + id));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("answer-withdraw")));
        assertThat(_get(Span.class, spec -> spec.withId("answer-status")).getText())
                .isEqualTo("Withdrawn");
        assertThat(answers.search(CountryCode.KG, agency.getId(), null, 0, 100))
                .extracting(PublicAnswerService.PublishedEntry::id)
                .doesNotContain(id);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("answer-republish")));
        assertThat(answers.search(CountryCode.KG, agency.getId(), null, 0, 100))
                .extracting(PublicAnswerService.PublishedEntry::id)
                .contains(id);
    }

    @Test
    void citizensAndStrangersCannotWriteOrEditAnswers() {
        Agency agency = ministry(CountryCode.KG, 7);
        long id = publish(accounts.official(agency.getId()), "Вопрос о налоге на имущество?", "Ответ о налоге.");
        login(accounts.citizen("KG"));
        navigate("appeals/answers/write");
        _assertOne(Div.class, spec -> spec.withId("access-denied"));
        _assertNone(TextArea.class, spec -> spec.withId("answer-question"));

        login(accounts.official(ministry(CountryCode.KG, 8).getId()));
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("appeals/answers/write", com.vaadin.flow.router.QueryParameters.of("id", String.valueOf(id)));
        assertThat(_get(TextArea.class, spec -> spec.withId("answer-question")).getValue())
                .as("another agency's answer is not loaded")
                .isEmpty();
        _assertNone(ListItem.class, spec -> spec.withId("answer-mine-" + id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thisAnswersMyQuestionEndsTheAppealWithoutSendingAndIsCounted() {
        Agency agency = ministry(CountryCode.KG, 4);
        long id = publish(
                accounts.official(agency.getId()),
                "Как получить субсидию на отопление зимой?",
                "Субсидию на отопление назначает районное управление соцзащиты по заявлению.");
        PikirUser citizen = accounts.citizen("KG");
        login(citizen);
        navigate("appeals/new");
        _get(Select.class, spec -> spec.withId("appeal-country")).setValue(CountryCode.KG);
        _get(ComboBox.class, spec -> spec.withId("appeal-agency")).setValue(agency);
        TextArea text = _get(TextArea.class, spec -> spec.withId("appeal-text"));
        assertThat(text.getValueChangeMode()).as("after a pause").isEqualTo(ValueChangeMode.TIMEOUT);
        assertThat(text.getValueChangeTimeout()).isEqualTo(SubmitAppealView.SUGGEST_PAUSE_MS);
        _assertNone(Div.class, spec -> spec.withClasses("public-answer"));
        text.setValue("Здравствуйте, как мне получить субсидию на отопление этой зимой?");
        Button answered = _get(Button.class, spec -> spec.withId("suggestion-answered-" + id));

        // "Continue writing" keeps the form as it was.
        ButtonKt._click(answered);
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(text.getValue()).startsWith("Здравствуйте");
        assertThat(count(id)).isZero();

        ButtonKt._click(answered);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        _assertOne(Paragraph.class, spec -> spec.withId("appeal-answered-before"));
        _assertNone(Button.class, spec -> spec.withId("appeal-submit"));
        assertThat(count(id)).isEqualTo(1);
        assertThat(TestUsers.as(citizen, () -> appeals.myAppeals(PageRequest.of(0, 5))))
                .as("nothing was sent")
                .isEmpty();
    }

    private long count(long answerId) {
        Long n =
                jdbc.queryForObject("select count(*) from public_answer_use where answer_id = ?", Long.class, answerId);
        return n == null ? 0 : n;
    }
}
