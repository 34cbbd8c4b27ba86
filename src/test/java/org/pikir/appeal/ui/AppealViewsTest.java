package org.pikir.appeal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.ContactPreference;
import org.pikir.appeal.InboxFilter;
import org.pikir.appeal.SubmittedAppeal;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The appeal screens, browserless, on the real services and database. */
class AppealViewsTest extends KaribuTest {

    @Autowired
    CountryService countries;

    @Autowired
    AppealService appeals;

    private Agency ministry(CountryCode country, int n) {
        return countries.agencies(country).stream()
                .filter(a -> a.getKind() == AgencyKind.MINISTRY)
                .sorted(java.util.Comparator.comparing(Agency::getCode))
                .skip(n)
                .findFirst()
                .orElseThrow();
    }

    private SubmittedAppeal submit(PikirUser author, Agency agency, String subject) {
        return TestUsers.as(
                author,
                () -> appeals.submit(new AppealForm(
                        agency.getId(),
                        agency.getCountry(),
                        AppealType.COMPLAINT,
                        subject,
                        "The bus no. 12 does not run on Sundays.",
                        ContactPreference.EMAIL,
                        false,
                        List.of())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCitizenSubmitsThroughTheFormAndSeesNumberAndDueDate() {
        PikirUser citizen = accounts.citizen("KZ");
        login(citizen);
        navigate("appeals/new");
        assertThat(_get(Paragraph.class, spec -> spec.withId("appeal-period")).getText())
                .contains("15 working days");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("appeal-submit")));
        TextField subject = _get(TextField.class, spec -> spec.withId("appeal-subject"));
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(_get(ComboBox.class, spec -> spec.withId("appeal-agency")).isInvalid())
                .isTrue();

        Select<CountryCode> country = _get(Select.class, spec -> spec.withId("appeal-country"));
        country.setValue(CountryCode.KZ);
        Agency agency = ministry(CountryCode.KZ, 0);
        ComboBox<Agency> agencyBox = _get(ComboBox.class, spec -> spec.withId("appeal-agency"));
        agencyBox.setValue(agency);
        subject.setValue("Bus on Sundays");
        _get(TextArea.class, spec -> spec.withId("appeal-text")).setValue("Please restore bus no. 12 on Sundays.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("appeal-submit")));

        String number =
                _get(Paragraph.class, spec -> spec.withId("appeal-number")).getText();
        assertThat(number).matches("Registration number: KZ-\\d{4}-\\d{6}");
        assertThat(_get(Paragraph.class, spec -> spec.withId("appeal-due")).getText())
                .startsWith("The agency must answer by");

        navigate("appeals/mine");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("my-appeals"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Bus on Sundays", "Registered");
    }

    @Test
    void unverifiedPeopleSeeWhyTheyCannotSubmit() {
        login(accounts.unverifiedCitizen("KZ"));
        navigate("appeals/new");
        _assertOne(Paragraph.class, spec -> spec.withId("appeal-unverified"));
        assertThat(_get(Button.class, spec -> spec.withId("appeal-submit")).isEnabled())
                .isFalse();
    }

    @Test
    void everyAppealRouteShowsNotFoundToStrangers() {
        Agency agency = ministry(CountryCode.UZ, 3);
        PikirUser author = accounts.citizen("UZ");
        SubmittedAppeal ack = submit(author, agency, "private");
        for (PikirUser stranger : List.of(
                accounts.citizen("UZ"),
                accounts.official(ministry(CountryCode.UZ, 4).getId()))) {
            login(stranger);
            for (String route : List.of("appeals/" + ack.id(), "appeals/" + ack.id() + "/submitted")) {
                navigate(route);
                _assertOne(Div.class, spec -> spec.withId("not-found"));
                _assertNone(Div.class, spec -> spec.withId("appeal-facts"));
            }
        }
        login(author);
        navigate("appeals/" + ack.id());
        _assertOne(Div.class, spec -> spec.withId("appeal-facts"));
        _assertNone(Div.class, spec -> spec.withId("appeal-handling"));
    }

    @Test
    void citizensCannotOpenTheInboxOrStatistics() {
        login(accounts.citizen("KZ"));
        navigate("inbox");
        _assertOne(Div.class, spec -> spec.withId("access-denied"));
        navigate("inbox/statistics");
        _assertOne(Div.class, spec -> spec.withId("access-denied"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficialFindsTheAppealInTheInboxAnswersItAndTheAuthorRatesTheAnswer() {
        Agency agency = ministry(CountryCode.KG, 3);
        PikirUser author = accounts.citizen("KG");
        PikirUser official = accounts.official(agency.getId());
        SubmittedAppeal ack = submit(author, agency, "Sunday buses");

        login(official);
        navigate("inbox");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        _get(TextField.class, spec -> spec.withId("inbox-search")).setValue(ack.number());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Sunday buses", "Registered");
        Select<InboxFilter.DueFilter> due = _get(Select.class, spec -> spec.withId("inbox-due"));
        due.setValue(InboxFilter.DueFilter.OVERDUE);
        assertThat(GridKt._size(grid)).isZero();

        navigate("appeals/" + ack.id());
        ButtonKt._click(_get(Button.class, spec -> spec.withId("assign-self")));
        assertThat(_get(Div.class, spec -> spec.withId("appeal-status")).getText())
                .isEqualTo("Status: In progress");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("reply-submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("reply-text")).isInvalid())
                .isTrue();
        _get(TextArea.class, spec -> spec.withId("reply-text")).setValue("Sunday service resumes on 1 May.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("reply-submit")));
        assertThat(_get(Div.class, spec -> spec.withId("appeal-status")).getText())
                .isEqualTo("Status: Answered");
        _assertNone(Div.class, spec -> spec.withId("appeal-handling"));

        login(author);
        navigate("appeals/" + ack.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("reply-text-0")).getText())
                .isEqualTo("Sunday service resumes on 1 May.");
        RadioButtonGroup<Integer> stars = _get(RadioButtonGroup.class, spec -> spec.withId("rate-stars"));
        stars.setValue(5);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("rate-submit")));
        assertThat(_get(Div.class, spec -> spec.withId("reply-rating")).getText())
                .isEqualTo("Your rating: 5 of 5");
        _assertNone(Div.class, spec -> spec.withId("rate-form"));
        _assertOne(Div.class, spec -> spec.withId("dispute-form"));
    }

    @Test
    void statisticsShowTheAgencysFigures() {
        Agency agency = ministry(CountryCode.TM, 1);
        submit(accounts.citizen("TM"), agency, "stats");
        login(accounts.official(agency.getId()));
        navigate("inbox/statistics");
        assertThat(Integer.parseInt(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("stats-received"))
                        .getText()))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficialExtendsOnceAndRedirectsWithTranslatedErrorsForBadInput() {
        Agency agency = ministry(CountryCode.KZ, 9);
        Agency other = ministry(CountryCode.KZ, 10);
        PikirUser official = accounts.official(agency.getId());
        SubmittedAppeal ack = submit(accounts.citizen("KZ"), agency, "extend and redirect");
        login(official);
        navigate("appeals/" + ack.id());
        tabs().setSelectedIndex(2);
        com.vaadin.flow.component.textfield.IntegerField amount =
                _get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("extend-amount"));
        amount.setValue(99);
        _get(TextArea.class, spec -> spec.withId("extend-reason")).setValue("Expert opinion needed");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("extend-submit")));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Enter a number from 1 to 40.");
        amount.setValue(10);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("extend-submit")));
        tabs().setSelectedIndex(2);
        _assertNone(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("extend-amount"));
        _assertOne(Paragraph.class, spec -> spec.withText("The deadline has already been extended once."));
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("appeal-timeline"))
                        .getElement()
                        .getTextRecursively())
                .contains("Deadline extended");

        tabs().setSelectedIndex(1);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("redirect-submit")));
        ComboBox<Agency> target = _get(ComboBox.class, spec -> spec.withId("redirect-agency"));
        assertThat(target.isInvalid()).isTrue();
        target.setValue(other);
        _get(TextArea.class, spec -> spec.withId("redirect-reason")).setValue("Not our competence");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("redirect-submit")));
        // the former handler now sees only its own part
        _assertOne(
                Paragraph.class,
                spec -> spec.withText(
                        "This appeal is now handled by another agency. You see only what your agency did."));
        _assertNone(Div.class, spec -> spec.withId("appeal-handling"));
    }

    private static com.vaadin.flow.component.tabs.TabSheet tabs() {
        return _get(com.vaadin.flow.component.tabs.TabSheet.class);
    }

    @Test
    void theFormSpeaksKazakh() {
        login(accounts.citizen("KZ"));
        useLanguage("kk");
        navigate("appeals/new");
        assertThat(_get(Button.class, spec -> spec.withId("appeal-submit")).getText())
                .isEqualTo("Өтінішті жіберу");
        assertThat(_get(TextField.class, spec -> spec.withId("appeal-subject")).getLabel())
                .isEqualTo("Тақырыбы");
    }
}
