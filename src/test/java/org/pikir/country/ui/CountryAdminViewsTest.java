package org.pikir.country.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.Role;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CalendarException;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The agency and country-rules admin screens, browserless, on the real services and database. */
class CountryAdminViewsTest extends KaribuTest {

    @Autowired
    CountryService countries;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void signInAsAdmin() {
        login(accounts.withRoles(EnumSet.of(Role.ADMIN)));
    }

    @Test
    void agencyGridFiltersByCountryAndTextInAnyLanguage() {
        navigate("admin/agencies");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("agency-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(40);

        @SuppressWarnings("unchecked")
        Select<CountryCode> country = _get(Select.class, spec -> spec.withId("agency-country-filter"));
        country.setValue(CountryCode.TJ);
        _get(TextField.class, spec -> spec.withId("agency-search")).setValue("душанбе");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("HUKUMAT_DUSHANBE");
    }

    @Test
    void addDialogShowsErrorsPerFieldThenSaves() {
        navigate("admin/agencies");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("agency-add")));
        TextField code = _get(TextField.class, spec -> spec.withId("agency-form-code"));
        TextField nameKk = _get(TextField.class, spec -> spec.withId("agency-form-name-kk"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("agency-save")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(nameKk.isInvalid()).isTrue();
        assertThat(nameKk.getErrorMessage()).isEqualTo("This field is required.");

        String newCode = "UI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        @SuppressWarnings("unchecked")
        Select<CountryCode> country = _get(Select.class, spec -> spec.withId("agency-form-country"));
        country.setValue(CountryCode.KG);
        code.setValue(newCode);
        @SuppressWarnings("unchecked")
        Select<AgencyKind> kind = _get(Select.class, spec -> spec.withId("agency-form-kind"));
        kind.setValue(AgencyKind.AGENCY);
        nameKk.setValue("Сынақ агенттігі");
        _get(TextField.class, spec -> spec.withId("agency-form-name-ru")).setValue("Тестовое агентство");
        _get(TextField.class, spec -> spec.withId("agency-form-name-en")).setValue("Test agency");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("agency-save")));

        assertThat(_find(TextField.class, spec -> spec.withId("agency-form-code")))
                .isEmpty();
        assertThat(countries.searchAgencies(CountryCode.KG, newCode, true, PageRequest.of(0, 5)))
                .extracting(Agency::getKind)
                .containsExactly(AgencyKind.AGENCY);
    }

    @Test
    void rulesFormValidatesAndHolidayListShowsTheYear() {
        clock.set(java.time.Instant.parse("2026-11-22T06:00:00Z"));
        try {
            navigate("admin/countries");
            IntegerField period = _get(IntegerField.class, spec -> spec.withId("rules-appealPeriod"));
            assertThat(period.getValue())
                    .isEqualTo(countries.rules(CountryCode.KZ).getAppealPeriod());
            period.setValue(0);
            ButtonKt._click(_get(Button.class, spec -> spec.withId("rules-save")));
            assertThat(period.isInvalid()).isTrue();
            assertThat(countries.rules(CountryCode.KZ).getAppealPeriod()).isPositive();

            @SuppressWarnings("unchecked")
            Grid<CalendarException> holidays = _get(Grid.class, spec -> spec.withId("holidays-grid"));
            assertThat(GridKt._size(holidays))
                    .isEqualTo(
                            countries.calendarExceptions(CountryCode.KZ, 2026).size());
        } finally {
            clock.reset();
        }
    }

    @Test
    void kazakhLabelsAreShown() {
        useLanguage("kk");
        navigate("admin/agencies");
        assertThat(_get(Button.class, spec -> spec.withId("agency-add")).getText())
                .isEqualTo("Орган қосу");
    }

    @Test
    void citizensCannotOpenTheAdminScreens() {
        login(accounts.withRoles(EnumSet.of(Role.CITIZEN)));
        navigate("admin/agencies");
        assertThat(_find(AgencyAdminView.class)).isEmpty();
        navigate("admin/countries");
        assertThat(_find(CountryRulesAdminView.class)).isEmpty();
    }
}
