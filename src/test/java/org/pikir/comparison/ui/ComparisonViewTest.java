package org.pikir.comparison.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.Role;
import org.pikir.comparison.ComparisonFixture;
import org.pikir.country.CountryCode;
import org.pikir.shared.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The comparison screen and its printable report, browserless, on the hand-counted fixture. */
class ComparisonViewTest extends KaribuTest {

    private static final String FIXTURE = "comparison?from=2012-03-01&to=2012-05-31";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fixture() {
        ComparisonFixture.ensure(jdbc);
    }

    @Test
    void analystSeesTheTableWithSuppressedSmallCountsAndTheMenuEntry() {
        login(accounts.withRoles(EnumSet.of(Role.ANALYST)));
        navigate(FIXTURE);

        assertThat(_get(H1.class).getText()).isEqualTo("Five-country comparison");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Country comparison");
        Grid<?> table = _get(Grid.class, spec -> spec.withId("comparison-table"));
        // columns: section, measure, KZ, UZ, KG, TJ, TM
        assertThat(row(table, "Comments")).containsExactly("Participation", "Comments", "7", "<5", "<5", "<5", "<5");
        assertThat(row(table, "Signatures"))
                .containsExactly("Participation", "Signatures", "12", "5", "<5", "<5", "<5");
        assertThat(row(table, "Appeals answered on time (%)").get(2)).isEqualTo("83.3");
        assertThat(row(table, "Signatures per 100,000 internet users").get(3)).startsWith("≤ ");
        assertThat(row(table, "Median days to answer an appeal").subList(2, 4)).containsExactly("3.5", "<5");
        assertThat(_get(Anchor.class, spec -> spec.withId("comparison-csv")).getText())
                .isEqualTo("Download the comparison (CSV)");
        // analysis clusters exist, but none of the fixture's texts were clustered
        assertThat(_get(Div.class, spec -> spec.withId("comparison-topics"))
                        .getElement()
                        .getTextRecursively())
                .contains("No topic occurs in more than one country in this period.");
        assertThat(_find(Grid.class, spec -> spec.withId("comparison-access-log")))
                .isEmpty();
    }

    @Test
    void changingThePeriodUpdatesTheAddressAndTheFigures() {
        login(accounts.withRoles(EnumSet.of(Role.ANALYST)));
        navigate(FIXTURE);
        _get(DatePicker.class, spec -> spec.withId("comparison-from")).setValue(LocalDate.of(2012, 4, 1));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("comparison-apply")));

        Grid<?> table = _get(Grid.class, spec -> spec.withId("comparison-table"));
        assertThat(row(table, "Signatures").get(2)).isEqualTo("12");
        assertThat(row(table, "Comments").get(2)).isEqualTo("<5"); // 2 in April, 1 in May
        assertThat(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getPathWithQueryParameters())
                .contains("from=2012-04-01")
                .contains("to=2012-05-31");
    }

    @Test
    void choosingCountriesShowsOnlyThoseColumns() {
        login(accounts.withRoles(EnumSet.of(Role.ANALYST)));
        navigate(FIXTURE + "&countries=kz,tj");
        @SuppressWarnings("unchecked")
        CheckboxGroup<CountryCode> countries = _get(CheckboxGroup.class, spec -> spec.withId("comparison-countries"));
        assertThat(countries.getValue()).containsExactlyInAnyOrder(CountryCode.KZ, CountryCode.TJ);
        Grid<?> table = _get(Grid.class, spec -> spec.withId("comparison-table"));
        assertThat(row(table, "Comments")).containsExactly("Participation", "Comments", "7", "<5");
    }

    @Test
    void badAddressesAndPeriodsGiveTranslatedMessagesNotErrors() {
        login(accounts.withRoles(EnumSet.of(Role.ANALYST)));
        navigate("comparison?countries=KZ,XX");
        Paragraph problem = _get(Paragraph.class, spec -> spec.withId("comparison-address-problem"));
        assertThat(problem.getText()).contains("Unknown country code in the address: XX");
        assertThat(_get(Grid.class, spec -> spec.withId("comparison-table")).getColumns())
                .hasSize(3);

        navigate("comparison?from=2099-01-01&to=2099-02-01");
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("comparison-to"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The period cannot lie in the future.");
        assertThat(_find(Grid.class, spec -> spec.withId("comparison-table"))).isEmpty();

        navigate("comparison?from=2012-05-01&to=2012-04-01");
        assertThat(_get(DatePicker.class, spec -> spec.withId("comparison-to")).getErrorMessage())
                .isEqualTo("The end must not be before the start.");

        navigate("comparison?from=yesterday");
        assertThat(_get(DatePicker.class, spec -> spec.withId("comparison-from"))
                        .getErrorMessage())
                .isEqualTo("Not a date: yesterday. Use the form YYYY-MM-DD.");

        navigate("comparison?from=2001-01-01&to=2001-01-31");
        assertThat(_get(Paragraph.class, spec -> spec.withId("comparison-no-data"))
                        .getText())
                .startsWith("Nothing was recorded in this period");
        assertThat(row(_get(Grid.class, spec -> spec.withId("comparison-table")), "Appeals answered on time (%)")
                        .get(2))
                .isEqualTo("<5");

        navigate(FIXTURE);
        _get(DatePicker.class, spec -> spec.withId("comparison-from")).clear();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("comparison-apply")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("comparison-from"))
                        .getErrorMessage())
                .isEqualTo("This field is required.");
    }

    @Test
    void russianAndKazakhTextsAndTheSameSuppression() {
        login(accounts.withRoles(EnumSet.of(Role.ANALYST)));
        useLanguage("ru");
        navigate(FIXTURE);
        assertThat(_get(H1.class).getText()).isEqualTo("Сравнение пяти стран");
        assertThat(row(_get(Grid.class, spec -> spec.withId("comparison-table")), "Комментарии"))
                .containsExactly("Участие", "Комментарии", "7", "<5", "<5", "<5", "<5");
        useLanguage("kk");
        com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(true); // as the header's language switch does
        navigate(FIXTURE + "&countries=UZ");
        assertThat(_get(H1.class).getText()).isEqualTo("Бес елді салыстыру");
        assertThat(row(_get(Grid.class, spec -> spec.withId("comparison-table")), "Пікірлер"))
                .containsExactly("Қатысу", "Пікірлер", "<5");
    }

    @Test
    void printableReportHasPlainTablesWithTheSameCells() {
        login(accounts.withRoles(EnumSet.of(Role.ADMIN)));
        navigate("comparison/report?from=2012-03-01&to=2012-05-31");
        String table = _get(Div.class, spec -> spec.withId("comparison-report-table"))
                .getElement()
                .getOuterHTML();
        assertThat(table).contains("<td>Comments</td>").contains("<td>7</td>").contains("&lt;5");
        String reference = _get(Div.class, spec -> spec.withId("comparison-report-reference"))
                .getElement()
                .getOuterHTML();
        assertThat(reference).contains("-0.1406").contains("&gt;70%");
        navigate(FIXTURE);
        assertThat(_find(Grid.class, spec -> spec.withId("comparison-access-log")))
                .hasSize(1);
    }

    @Test
    void citizensAndOfficialsSeeAccessDeniedAndNoMenuEntry() {
        long agency = jdbc.queryForObject("select min(id) from agency where country_code = 'KZ'", Long.class);
        for (var user : List.of(accounts.citizen("KZ"), accounts.official(agency))) {
            login(user);
            for (String route : List.of(FIXTURE, "comparison/report")) {
                navigate(route);
                assertThat(_find(ComparisonView.class)).isEmpty();
                assertThat(_find(ComparisonReportView.class)).isEmpty();
                assertThat(_get(H1.class).getText()).isEqualTo("Access denied");
            }
            assertThat(_find(SideNavItem.class))
                    .extracting(SideNavItem::getLabel)
                    .doesNotContain("Country comparison");
        }
    }

    /** Navigates to a location with query parameters (the base helper takes a path only). */
    @Override
    protected void navigate(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            super.navigate(location);
        } else {
            com.vaadin
                    .flow
                    .component
                    .UI
                    .getCurrent()
                    .navigate(
                            location.substring(0, q),
                            com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> row(Grid grid, String measure) {
        int size = GridKt._size(grid);
        for (int i = 0; i < size; i++) {
            List<String> cells = GridKt._getFormattedRow(grid, i);
            if (cells.get(1).equals(measure)) {
                return cells;
            }
        }
        throw new AssertionError("no row " + measure + " in " + Set.of(size));
    }
}
