package org.pikir.country.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.pikir.country.Agency;
import org.pikir.country.CountryAdminService;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Administrators find, add, edit and deactivate the agencies of the five countries. */
@Route("admin/agencies")
@Menu(title = "nav.adminAgencies", order = 91, icon = "vaadin:building")
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class AgencyAdminView extends Div implements HasDynamicTitle {

    private final CountryService countries;
    private final CountryAdminService admin;
    private final Grid<Agency> grid = new Grid<>();
    private final Select<CountryCode> country = new Select<>();
    private final TextField search = new TextField();
    private final Checkbox showInactive = new Checkbox();

    public AgencyAdminView(CountryService countries, CountryAdminService admin) {
        this.countries = countries;
        this.admin = admin;
        addClassName("pikir-page");
        add(new H1(getTranslation("country.agency.admin.title")));
        add(filters());
        configureGrid();
        add(grid);
    }

    private HorizontalLayout filters() {
        country.setLabel(getTranslation("country.agency.country"));
        country.setItems(CountryCode.values());
        country.setEmptySelectionAllowed(true);
        country.setEmptySelectionCaption(getTranslation("country.agency.admin.allCountries"));
        var labels = CountryLabels.of(countries, getLocale());
        country.setItemLabelGenerator(
                code -> code == null ? getTranslation("country.agency.admin.allCountries") : labels.apply(code));
        country.setId("agency-country-filter");
        country.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        search.setLabel(getTranslation("action.search"));
        search.setPlaceholder(getTranslation("country.agency.admin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("agency-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        showInactive.setLabel(getTranslation("country.agency.admin.showInactive"));
        showInactive.setId("agency-show-inactive");
        showInactive.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button add =
                new Button(getTranslation("country.agency.admin.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("agency-add");

        HorizontalLayout bar = new HorizontalLayout(country, search, showInactive, add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.addColumn(Agency::getCountry)
                .setHeader(getTranslation("country.agency.country"))
                .setSortProperty("country")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Agency::getCode)
                .setHeader(getTranslation("country.agency.code"))
                .setSortProperty("code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.getName().in(getLocale()))
                .setHeader(getTranslation("country.agency.name"))
                .setSortProperty(nameProperty())
                .setFlexGrow(1);
        grid.addColumn(a -> getTranslation("country.agency.kind." + a.getKind().name()))
                .setHeader(getTranslation("country.agency.kind"))
                .setSortProperty("kind")
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.isActive() ? "country.agency.active" : "country.agency.inactive"))
                .setHeader(getTranslation("country.agency.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> countries
                .searchAgencies(
                        country.getValue(),
                        search.getValue(),
                        !showInactive.getValue(),
                        PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders())))
                .stream());
        grid.addItemClickListener(e -> openDialog(e.getItem()));
        grid.setEmptyStateText(getTranslation("country.agency.admin.empty"));
        grid.setAriaLabel(getTranslation("country.agency.admin.title"));
        grid.setId("agency-grid");
    }

    private Sort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return Sort.by("country", nameProperty());
        }
        return Sort.by(orders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted()))
                .toList());
    }

    // Sort by the name column the user actually sees.
    private String nameProperty() {
        return switch (getLocale().getLanguage()) {
            case "kk" -> "nameKk";
            case "ru" -> "nameRu";
            default -> "nameEn";
        };
    }

    private void openDialog(Agency agency) {
        AgencyDialog dialog = new AgencyDialog(
                countries,
                admin,
                agency,
                country.getValue(),
                () -> grid.getDataProvider().refreshAll());
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("country.agency.admin.title");
    }
}
