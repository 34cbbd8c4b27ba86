package org.pikir.appeal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pikir.appeal.AppealInboxService;
import org.pikir.appeal.AppealStatus;
import org.pikir.appeal.AppealSummary;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.Colleague;
import org.pikir.appeal.InboxFilter;
import org.pikir.country.CountryService;
import org.pikir.shared.Roles;

/** The agency's appeals: lazy, filterable, sorted by due date; overdue rows stand out. */
@com.vaadin.flow.component.dependency.StyleSheet("styles/appeal.css")
@Route("inbox")
@Menu(title = "nav.appeal.inbox", order = 25, icon = "vaadin:inbox")
@RolesAllowed(Roles.OFFICIAL)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class InboxView extends Div implements HasDynamicTitle {

    static final List<String> LANGUAGES = List.of("kk", "ru", "en", "uz", "ky", "tg", "tk", "und");

    private final AppealInboxService inbox;
    private final Grid<AppealSummary> grid = new Grid<>();
    private final Span count = new Span();
    private final Select<Optional<AppealStatus>> status = new Select<>();
    private final Select<Optional<AppealType>> type = new Select<>();
    private final Select<Optional<String>> language = new Select<>();
    private final Select<InboxFilter.DueFilter> due = new Select<>();
    private final Select<AssigneeChoice> assignee = new Select<>();
    private final TextField search = new TextField();

    /** "Anyone", "not assigned", or one colleague. */
    record AssigneeChoice(Long accountId, boolean unassigned, String label) {}

    public InboxView(AppealInboxService inbox, CountryService countries) {
        this.inbox = inbox;
        addClassName("pikir-page");
        AppealText format = new AppealText(this, getLocale(), countries);
        add(new H1(getTranslation("appeal.inbox.title")));
        // The campaigns and topics view belongs to analysis, which depends on this module: linked by its route.
        Anchor clusters = new Anchor("appeals/clusters", getTranslation("appeal.inbox.clusters"));
        clusters.setId("inbox-clusters-link");
        Div links = new Div(
                new RouterLink(getTranslation("appeal.inbox.statistics"), AgencyStatisticsView.class), clusters);
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)");
        add(links);

        status.setLabel(getTranslation("appeal.inbox.status"));
        status.setItems(withAny(AppealStatus.values()));
        status.setItemLabelGenerator(o ->
                o.map(s -> getTranslation("appeal.status." + s.name())).orElse(getTranslation("appeal.inbox.any")));
        status.setValue(Optional.empty());
        status.setId("inbox-status");
        type.setLabel(getTranslation("appeal.inbox.type"));
        type.setItems(withAny(AppealType.values()));
        type.setItemLabelGenerator(
                o -> o.map(t -> getTranslation("appeal.type." + t.name())).orElse(getTranslation("appeal.inbox.any")));
        type.setValue(Optional.empty());
        type.setId("inbox-type");
        language.setLabel(getTranslation("appeal.inbox.language"));
        language.setItems(withAny(LANGUAGES.toArray(String[]::new)));
        language.setItemLabelGenerator(o -> o.map(format::language).orElse(getTranslation("appeal.inbox.any")));
        language.setValue(Optional.empty());
        language.setId("inbox-language");
        due.setLabel(getTranslation("appeal.inbox.due"));
        due.setItems(InboxFilter.DueFilter.values());
        due.setItemLabelGenerator(d -> getTranslation("appeal.inbox.due." + d.name()));
        due.setValue(InboxFilter.DueFilter.ANY);
        due.setId("inbox-due");
        List<AssigneeChoice> choices = new ArrayList<>();
        AssigneeChoice anyone = new AssigneeChoice(null, false, getTranslation("appeal.inbox.assignee.any"));
        choices.add(anyone);
        choices.add(new AssigneeChoice(null, true, getTranslation("appeal.inbox.assignee.none")));
        for (Colleague c : inbox.colleagues()) {
            choices.add(new AssigneeChoice(c.accountId(), false, c.displayName()));
        }
        assignee.setLabel(getTranslation("appeal.inbox.assignee"));
        assignee.setItems(choices);
        assignee.setItemLabelGenerator(AssigneeChoice::label);
        assignee.setValue(anyone);
        assignee.setId("inbox-assignee");
        search.setLabel(getTranslation("action.search"));
        search.setPlaceholder(getTranslation("appeal.inbox.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("inbox-search");
        FlexLayout filters = new FlexLayout(status, type, language, due, assignee, search);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters);
        List.of(status, type, language, due, assignee).forEach(s -> s.addValueChangeListener(e -> refresh()));
        search.addValueChangeListener(e -> refresh());

        grid.setId("inbox-grid");
        grid.addClassName("pikir-inbox");
        grid.addComponentColumn(s ->
                        new RouterLink(s.number(), AppealDetailView.class, AppealConfirmationView.parameters(s.id())))
                .setHeader(getTranslation("appeal.col.number"))
                .setSortProperty("number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var dueColumn = grid.addColumn(s -> format.date(s.dueAt(), s.country()))
                .setHeader(getTranslation("appeal.col.due"))
                .setSortProperty("dueAt")
                .setAutoWidth(true);
        grid.addColumn(s -> dueText(s))
                .setHeader(getTranslation("appeal.col.daysLeft"))
                .setAutoWidth(true);
        grid.addColumn(s -> format.enumLabel("appeal.status.", s.status()))
                .setHeader(getTranslation("appeal.col.status"))
                .setSortProperty("status")
                .setAutoWidth(true);
        grid.addColumn(s -> format.enumLabel("appeal.type.", s.type()))
                .setHeader(getTranslation("appeal.col.type"))
                .setSortProperty("type")
                .setAutoWidth(true);
        grid.addColumn(s -> format.language(s.language()))
                .setHeader(getTranslation("appeal.col.language"))
                .setAutoWidth(true);
        grid.addColumn(AppealSummary::subject)
                .setHeader(getTranslation("appeal.col.subject"))
                .setFlexGrow(3);
        grid.addColumn(s -> s.assigneeName() == null ? "" : s.assigneeName())
                .setHeader(getTranslation("appeal.col.assignee"))
                .setAutoWidth(true);
        grid.addColumn(s -> format.date(s.registeredAt(), s.country()))
                .setHeader(getTranslation("appeal.col.registered"))
                .setSortProperty("registeredAt")
                .setAutoWidth(true);
        grid.setPartNameGenerator(s -> s.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("appeal.inbox.empty"));
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("65vh");
        grid.setItemsPageable(
                pageable -> inbox.inbox(filter(), pageable).getContent(), pageable -> inbox.count(filter()));
        grid.sort(List.of(new GridSortOrder<>(dueColumn, SortDirection.ASCENDING)));
        grid.addItemDoubleClickListener(e -> UI.getCurrent()
                .navigate(
                        AppealDetailView.class,
                        AppealConfirmationView.parameters(e.getItem().id())));
        count.setId("inbox-count");
        add(count, grid);
        refresh();
    }

    InboxFilter filter() {
        AssigneeChoice who = assignee.getValue();
        return new InboxFilter(
                status.getValue().orElse(null),
                type.getValue().orElse(null),
                language.getValue().orElse(null),
                due.getValue(),
                who == null ? null : who.accountId(),
                who != null && who.unassigned(),
                search.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("appeal.inbox.count", inbox.count(filter())));
    }

    private String dueText(AppealSummary s) {
        if (!s.status().isOpen()) {
            return getTranslation("appeal.closed");
        }
        return s.overdue() ? getTranslation("appeal.overdue") : getTranslation("appeal.daysLeft", s.daysLeft());
    }

    @SafeVarargs
    private static <T> List<Optional<T>> withAny(T... values) {
        List<Optional<T>> items = new ArrayList<>();
        items.add(Optional.empty());
        for (T v : values) {
            items.add(Optional.of(v));
        }
        return items;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.inbox.title");
    }
}
