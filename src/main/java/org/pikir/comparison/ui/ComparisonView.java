package org.pikir.comparison.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.pikir.comparison.AccessAction;
import org.pikir.comparison.AccessLogEntry;
import org.pikir.comparison.Comparison;
import org.pikir.comparison.ComparisonQuery;
import org.pikir.comparison.ComparisonService;
import org.pikir.comparison.Row;
import org.pikir.comparison.Trend;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.Roles;
import org.pikir.shared.chart.Csv;
import org.pikir.shared.ui.Feedback;

/**
 * The five-country comparison for analysts. The period and countries live in the address
 * ({@code ?from=…&to=…&countries=…}) so a comparison can be shared, survives a language switch and opens as a
 * printable report.
 */
@Route("comparison")
@Menu(title = "nav.comparison", order = 60, icon = "vaadin:chart-grid")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class ComparisonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "comparison";

    private final ComparisonService service;
    private final AuthenticationContext authentication;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final CheckboxGroup<CountryCode> countries = new CheckboxGroup<>();
    private final Paragraph addressProblem = new Paragraph();
    private final Div content = new Div();

    public ComparisonView(
            ComparisonService service, CountryService countryService, AuthenticationContext authentication) {
        this.service = service;
        this.authentication = authentication;
        addClassName("pikir-page");
        setId("comparison-view");
        add(new H1(getTranslation("comparison.title")), new Paragraph(getTranslation("comparison.intro")));

        from.setLabel(getTranslation("comparison.from"));
        from.setId("comparison-from");
        to.setLabel(getTranslation("comparison.to"));
        to.setId("comparison-to");
        LocalDate today = service.today();
        from.setMax(today);
        to.setMax(today);
        // ISO dates in every language: the same form as in the address and the CSV file name.
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(getLocale());
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
            picker.setPlaceholder("YYYY-MM-DD");
        }
        countries.setLabel(getTranslation("comparison.countries"));
        countries.setId("comparison-countries");
        countries.setItems(CountryCode.values());
        var names = countryService.countries();
        countries.setItemLabelGenerator(code -> names.stream()
                .filter(c -> c.getCode() == code)
                .findFirst()
                .map(c -> c.getName().in(getLocale()))
                .orElse(code.name()));
        Button apply = new Button(getTranslation("comparison.apply"), e -> apply());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("comparison-apply");
        Div controls = new Div(from, to, countries, apply);
        controls.addClassNames("pikir-comparison-controls", "pikir-no-print");

        addressProblem.setId("comparison-address-problem");
        addressProblem.getElement().setAttribute("role", "alert");
        addressProblem.addClassName("pikir-overdue");
        addressProblem.setVisible(false);
        content.setId("comparison-content");
        add(controls, addressProblem, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ComparisonQuery query =
                ComparisonQuery.parse(event.getLocation().getQueryParameters().getParameters(), service.today());
        from.setValue(query.from());
        to.setValue(query.to());
        countries.setValue(new LinkedHashSet<>(query.countries()));
        clearErrors();
        if (!query.errors().isEmpty()) {
            // What the address got wrong is said next to the field it belongs to, and above the page.
            Feedback.showFieldErrors(this, new InvalidInputException(query.errors()), fields());
            List<String> messages = new ArrayList<>();
            query.errors().values().forEach(m -> messages.add(Feedback.text(this, m)));
            addressProblem.setText(getTranslation("comparison.addressProblem") + " " + String.join(" ", messages));
            addressProblem.setVisible(true);
        }
        show(query.from(), query.to(), query.countries());
    }

    private void apply() {
        clearErrors();
        if (from.getValue() == null
                || to.getValue() == null
                || countries.getValue().isEmpty()) {
            // An empty field (or one the browser could not parse) never reaches the address.
            Map<String, DatePicker> dates = Map.of(ComparisonQuery.FROM, from, ComparisonQuery.TO, to);
            dates.values().stream().filter(f -> f.getValue() == null).forEach(f -> {
                f.setErrorMessage(getTranslation(
                        f.getElement().getProperty("_hasInputValue", false)
                                ? "comparison.error.unreadableDate"
                                : "error.required"));
                f.setInvalid(true);
            });
            if (countries.getValue().isEmpty()) {
                countries.setErrorMessage(getTranslation("comparison.error.noCountry"));
                countries.setInvalid(true);
            }
            content.removeAll();
            return;
        }
        List<CountryCode> chosen = List.of(CountryCode.values()).stream()
                .filter(countries.getValue()::contains)
                .toList();
        ComparisonQuery query = new ComparisonQuery(from.getValue(), to.getValue(), chosen, Map.of());
        UI.getCurrent().navigate(ROUTE, QueryParameters.simple(query.toParameters()));
    }

    private void show(LocalDate start, LocalDate end, List<CountryCode> chosen) {
        content.removeAll();
        Comparison comparison;
        try {
            comparison = service.compare(start, end, chosen, AccessAction.VIEW);
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(this, e, fields());
            return;
        } catch (DomainException e) {
            Feedback.error(this, e);
            return;
        }
        ComparisonTexts texts = new ComparisonTexts(this, getLocale(), comparison);
        ComparisonCharts charts = new ComparisonCharts(texts, comparison);
        Paragraph period = new Paragraph(
                getTranslation("comparison.period", texts.date(comparison.from()), texts.date(comparison.to())));
        period.setId("comparison-period");
        content.add(period);
        if (!comparison.hasData()) {
            Paragraph none = new Paragraph(getTranslation("comparison.noData"));
            none.setId("comparison-no-data");
            none.getElement().setAttribute("role", "status");
            content.add(none);
        }
        content.add(
                note("comparison.suppressionNote"), note("comparison.internetNote"), note("comparison.definitions"));

        Div exports = new Div(csvLink(texts, comparison), reportLink(comparison));
        exports.addClassNames("pikir-comparison-controls", "pikir-no-print");
        content.add(new H2(getTranslation("comparison.table.title")), table(texts, comparison), exports);

        content.add(
                new H2(getTranslation("comparison.reference.title")),
                referenceTable(texts),
                note("comparison.reference.note"),
                charts.indices());
        content.add(charts.participation(), charts.scatter());
        content.add(charts.decisions());
        content.add(charts.languages());
        content.add(trends(charts, comparison));
        content.add(TopicsSection.of(texts, comparison));
        if (authentication.hasRole(Roles.ADMIN)) {
            content.add(accessLog());
        }
    }

    private Grid<Row> table(ComparisonTexts texts, Comparison comparison) {
        Grid<Row> grid = new Grid<>();
        grid.setId("comparison-table");
        grid.addColumn(texts::section)
                .setHeader(getTranslation("comparison.table.section"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(texts::label)
                .setHeader(getTranslation("comparison.table.measure"))
                .setWidth("16rem")
                .setFlexGrow(1);
        for (CountryCode code : comparison.countries()) {
            grid.addColumn(row -> texts.cell(row.value(code), row.unit(), false))
                    .setHeader(texts.countryName(code))
                    .setAutoWidth(true)
                    .setKey(code.name());
        }
        grid.setItems(comparison.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private Grid<List<String>> referenceTable(ComparisonTexts texts) {
        Grid<List<String>> grid = new Grid<>();
        grid.setId("comparison-reference");
        List<String> header = texts.referenceHeader();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            grid.addColumn(row -> row.get(column)).setHeader(header.get(i)).setAutoWidth(true);
        }
        grid.setItems(texts.referenceRows(false));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private Anchor csvLink(ComparisonTexts texts, Comparison comparison) {
        // Built from the same suppressed cells as the table on screen.
        String csv = Csv.write(texts.header(), texts.rows(true));
        String fileName = "pikir-comparison-" + comparison.from() + "_" + comparison.to() + ".csv";
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    service.recordExport(comparison.from(), comparison.to(), comparison.countries());
                    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
                }),
                getTranslation("comparison.downloadCsv"));
        download.getElement().setAttribute("download", fileName);
        download.setId("comparison-csv");
        download.addClassName("pikir-no-print");
        return download;
    }

    private RouterLink reportLink(Comparison comparison) {
        RouterLink link = new RouterLink(getTranslation("comparison.openReport"), ComparisonReportView.class);
        link.setQueryParameters(QueryParameters.simple(
                new ComparisonQuery(comparison.from(), comparison.to(), comparison.countries(), Map.of())
                        .toParameters()));
        link.setId("comparison-report-link");
        link.addClassNames("pikir-no-print", "pikir-comparison-report-link");
        return link;
    }

    private Div trends(ComparisonCharts charts, Comparison comparison) {
        Div holder = new Div();
        Div chart = new Div();
        Select<Trend> measure = new Select<>();
        measure.setLabel(getTranslation("comparison.trend.measure"));
        measure.setId("comparison-trend-measure");
        measure.setItems(comparison.trends());
        measure.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        measure.addValueChangeListener(e -> {
            chart.removeAll();
            if (e.getValue() != null) {
                chart.add(charts.trend(e.getValue()));
            }
        });
        measure.addClassName("pikir-no-print");
        measure.setValue(comparison.trends().get(0));
        holder.add(measure, chart);
        return holder;
    }

    private Div accessLog() {
        Grid<AccessLogEntry> grid = new Grid<>();
        grid.setId("comparison-access-log");
        grid.addColumn(AccessLogEntry::at)
                .setHeader(getTranslation("comparison.access.when"))
                .setAutoWidth(true);
        grid.addColumn(AccessLogEntry::who)
                .setHeader(getTranslation("comparison.access.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.from() + " – " + e.to())
                .setHeader(getTranslation("comparison.access.period"))
                .setAutoWidth(true);
        grid.addColumn(AccessLogEntry::countries).setHeader(getTranslation("comparison.access.countries"));
        grid.addColumn(e ->
                        getTranslation("comparison.access.action." + e.action().name()))
                .setHeader(getTranslation("comparison.access.action"));
        grid.setItems(service.recentAccess(50));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        Div section = new Div(new H2(getTranslation("comparison.access.title")), grid);
        section.addClassName("pikir-no-print");
        return section;
    }

    private Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("pikir-muted");
        return p;
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of(ComparisonQuery.FROM, from, ComparisonQuery.TO, to, ComparisonQuery.COUNTRIES, countries);
    }

    private void clearErrors() {
        fields().values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        addressProblem.setVisible(false);
        addressProblem.setText("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparison.title");
    }
}
