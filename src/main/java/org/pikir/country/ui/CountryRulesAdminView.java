package org.pikir.country.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import org.pikir.country.Country;
import org.pikir.country.CountryAdminService;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.country.WorkingDayCalendar;
import org.pikir.shared.Roles;
import org.pikir.shared.i18n.DateFormats;

/** Administrators maintain each country's statutory rules and its holidays and moved working days. */
@Route("admin/countries")
@Menu(title = "nav.adminCountries", order = 92, icon = "vaadin:globe")
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class CountryRulesAdminView extends Div implements HasDynamicTitle {

    private final CountryService countries;
    private final CountryAdminService admin;
    private final WorkingDayCalendar calendar;
    private final Select<CountryCode> country = new Select<>();
    private final Paragraph facts = new Paragraph();
    private final Div content = new Div();

    public CountryRulesAdminView(CountryService countries, CountryAdminService admin, WorkingDayCalendar calendar) {
        this.countries = countries;
        this.admin = admin;
        this.calendar = calendar;
        addClassName("pikir-page");
        add(new H1(getTranslation("country.rules.admin.title")));
        country.setLabel(getTranslation("country.agency.country"));
        country.setItems(CountryCode.values());
        country.setItemLabelGenerator(CountryLabels.of(countries, getLocale())::apply);
        country.setId("rules-country");
        country.addValueChangeListener(e -> show(e.getValue()));
        facts.setId("rules-country-facts");
        add(country, facts, content);
        country.setValue(CountryCode.KZ);
    }

    private void show(CountryCode code) {
        content.removeAll();
        if (code == null) {
            facts.setText("");
            return;
        }
        countries.country(code).ifPresent(this::describe);
        content.add(new CountryRulesForm(admin, code, countries.rules(code)));
        content.add(new CalendarExceptionsPanel(countries, admin, calendar, code));
    }

    // Read-only context for the admin: zone, today's date there, population and its source.
    private void describe(Country c) {
        String population = NumberFormat.getIntegerInstance(getLocale()).format(c.getPopulation());
        String asOf = c.getPopulationAsOf().format(DateFormats.date(getLocale()));
        String today = calendar.today(c.getCode()).format(DateFormats.fullDate(getLocale()));
        facts.setText(getTranslation(
                "country.rules.admin.facts", c.getZone().getId(), today, population, asOf, c.getPopulationSource()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("country.rules.admin.title");
    }
}
