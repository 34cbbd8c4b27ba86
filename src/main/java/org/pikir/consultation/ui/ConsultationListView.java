package org.pikir.consultation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.pikir.consultation.ConsultationPermissions;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.DraftFilter;
import org.pikir.consultation.ConsultationQueries.DraftSummary;
import org.pikir.consultation.DraftSort;
import org.pikir.consultation.PolicyArea;
import org.pikir.consultation.StatusFilter;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shell.UiPreferences;

/** Public list of draft laws under discussion: filters, search, sort, lazy paging. */
@Route("consultations")
@Menu(title = "nav.consultations", order = 10, icon = "vaadin:comments")
@AnonymousAllowed
@StyleSheet("styles/consultation.css")
public class ConsultationListView extends Div implements HasDynamicTitle {

    private final ConsultationQueries queries;
    private final Clock clock;
    private final Select<CountryCode> country = new Select<>();
    private final ComboBox<Agency> agency = new ComboBox<>();
    private final Select<PolicyArea> area = new Select<>();
    private final Select<StatusFilter> status = new Select<>();
    private final Select<DraftSort> sort = new Select<>();
    private final TextField search = new TextField();
    private final Grid<DraftSummary> grid = new Grid<>();

    public ConsultationListView(
            ConsultationQueries queries, CountryService countries, ConsultationPermissions permissions, Clock clock) {
        this.queries = queries;
        this.clock = clock;
        addClassName("pikir-page");
        Div head = new Div(new H1(getTranslation("consultation.list.title")));
        head.addClassName("consultation-head");
        if (permissions.canDraft()) {
            RouterLink create = new RouterLink(getTranslation("consultation.list.new"), DraftEditorView.class);
            create.setId("new-draft");
            create.addClassName("consultation-action-link");
            head.add(create);
        }
        add(head);

        var names = countries.countries();
        country.setLabel(getTranslation("consultation.filter.country"));
        country.setEmptySelectionAllowed(true);
        country.setEmptySelectionCaption(getTranslation("consultation.filter.allCountries"));
        country.setItems(CountryCode.values());
        country.setItemLabelGenerator(code -> code == null
                ? getTranslation("consultation.filter.allCountries")
                : names.stream()
                        .filter(c -> c.getCode() == code)
                        .findFirst()
                        .map(c -> c.getName().in(getLocale()))
                        .orElse(code.name()));
        country.setValue(UiPreferences.country());
        country.setId("filter-country");

        agency.setLabel(getTranslation("consultation.filter.agency"));
        agency.setItemLabelGenerator(a -> a.getName().in(getLocale()));
        agency.setClearButtonVisible(true);
        agency.setId("filter-agency");
        agency.setItems(country.getValue() == null ? java.util.List.of() : countries.agencies(country.getValue()));
        country.addValueChangeListener(e -> {
            agency.clear();
            agency.setItems(e.getValue() == null ? java.util.List.of() : countries.agencies(e.getValue()));
        });

        area.setLabel(getTranslation("consultation.filter.area"));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("consultation.filter.all"));
        area.setItems(PolicyArea.values());
        area.setItemLabelGenerator(a -> a == null
                ? getTranslation("consultation.filter.all")
                : getTranslation("consultation.area." + a.name()));
        area.setId("filter-area");

        status.setLabel(getTranslation("consultation.filter.status"));
        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(s -> getTranslation("consultation.filter.status." + s.name()));
        status.setValue(StatusFilter.ALL);
        status.setId("filter-status");

        sort.setLabel(getTranslation("consultation.filter.sort"));
        sort.setItems(DraftSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("consultation.sort." + s.name()));
        sort.setValue(DraftSort.NEWEST);
        sort.setId("filter-sort");

        search.setLabel(getTranslation("action.search"));
        search.setPlaceholder(getTranslation("consultation.filter.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("filter-search");

        Div filters = new Div(search, country, agency, area, status, sort);
        filters.addClassName("consultation-filters");
        add(filters);

        grid.addComponentColumn(this::titleCell)
                .setHeader(getTranslation("consultation.list.draft"))
                .setFlexGrow(4);
        grid.addColumn(d ->
                        d.agencyName().show(ConsultationFormat.language(this)).text())
                .setHeader(getTranslation("consultation.filter.agency"))
                .setFlexGrow(2);
        grid.addColumn(d -> getTranslation("consultation.area." + d.policyArea().name()))
                .setHeader(getTranslation("consultation.filter.area"))
                .setAutoWidth(true);
        grid.addColumn(d -> ConsultationFormat.daysLeft(
                        this, d.status(), d.opensAt(), d.closesAt(), clock.instant(), d.country()))
                .setHeader(getTranslation("consultation.list.when"))
                .setAutoWidth(true);
        grid.addColumn(DraftSummary::comments)
                .setHeader(getTranslation("consultation.list.comments"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("consultation.list.empty"));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        grid.setId("consultation-grid");
        grid.addItemClickListener(e -> e.getSource()
                .getUI()
                .ifPresent(ui -> ui.navigate(
                        DraftView.class,
                        new com.vaadin.flow.router.RouteParameters(
                                "draftId", String.valueOf(e.getItem().id())))));
        add(grid);

        country.addValueChangeListener(e -> refresh());
        agency.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        refresh();
    }

    private DraftFilter filter() {
        return new DraftFilter(
                country.getValue(),
                agency.getValue() == null ? null : agency.getValue().getId(),
                area.getValue(),
                status.getValue(),
                search.getValue(),
                sort.getValue());
    }

    private void refresh() {
        DraftFilter filter = filter();
        grid.setItems(
                q -> queries.search(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) queries.count(filter));
    }

    private Div titleCell(DraftSummary d) {
        RouterLink link = new RouterLink(
                d.title().show(ConsultationFormat.language(this)).text(),
                DraftView.class,
                new com.vaadin.flow.router.RouteParameters("draftId", String.valueOf(d.id())));
        link.setId("draft-link-" + d.id());
        Span status = new Span(ConsultationFormat.status(this, d.status()));
        status.getElement().getThemeList().add("badge" + (d.isOpenAt(clock.instant()) ? " success" : " contrast"));
        status.addClassName("consultation-status");
        Div cell = new Div(link, status);
        cell.addClassName("consultation-title-cell");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.list.title");
    }

    Grid<DraftSummary> grid() {
        return grid;
    }

    TextField search() {
        return search;
    }

    Select<StatusFilter> statusFilter() {
        return status;
    }
}
