package org.pikir.petition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.petition.PetitionFilter;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionSort;
import org.pikir.petition.PetitionStatus;
import org.pikir.petition.PetitionSummary;
import org.pikir.shell.UiPreferences;

/** The public list of petitions: filter by country and status, sort, search; a row opens the petition. */
@Route("petitions")
@Menu(title = "nav.petitions", order = 30, icon = "vaadin:file-text-o")
@AnonymousAllowed
public class PetitionListView extends Div implements HasDynamicTitle {

    private static final List<PetitionStatus> PUBLIC_STATUSES = List.of(
            PetitionStatus.COLLECTING,
            PetitionStatus.THRESHOLD_REACHED,
            PetitionStatus.RESPONDED,
            PetitionStatus.EXPIRED,
            PetitionStatus.REJECTED);

    private final PetitionService petitions;
    private final Clock clock;
    private final PetitionLabels labels;
    private final Select<CountryCode> country = new Select<>();
    private final Select<PetitionStatus> status = new Select<>();
    private final Select<PetitionSort> sort = new Select<>();
    private final TextField search = new TextField();
    private final Grid<PetitionSummary> grid = new Grid<>();

    public PetitionListView(
            PetitionService petitions,
            CountryService countries,
            Clock clock,
            org.pikir.account.CurrentUser currentUser) {
        this.petitions = petitions;
        this.clock = clock;
        this.labels = new PetitionLabels(countries, this, getLocale());
        addClassName("pikir-page");
        add(new H1(getTranslation("petition.list.title")));
        add(new Paragraph(getTranslation("petition.list.intro")));

        Button start = new Button(
                getTranslation("petition.list.start"),
                VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewPetitionView.class)));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("petition-start");

        country.setLabel(getTranslation("petition.field.country"));
        country.setItems(CountryCode.values());
        country.setEmptySelectionAllowed(true);
        country.setEmptySelectionCaption(getTranslation("petition.list.allCountries"));
        country.setItemLabelGenerator(
                c -> c == null ? getTranslation("petition.list.allCountries") : labels.country(c));
        country.setValue(UiPreferences.country());
        country.setId("petition-filter-country");

        status.setLabel(getTranslation("petition.list.status"));
        status.setItems(PUBLIC_STATUSES);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("petition.list.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("petition.list.allStatuses") : labels.status(s));
        status.setId("petition-filter-status");

        sort.setLabel(getTranslation("petition.list.sort"));
        sort.setItems(PetitionSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("petition.sort." + s.name()));
        sort.setValue(PetitionSort.SIGNATURES);
        sort.setId("petition-sort");

        search.setLabel(getTranslation("action.search"));
        search.setPlaceholder(getTranslation("petition.list.searchHint"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("petition-search");

        HorizontalLayout filters = new HorizontalLayout(country, status, sort, search, start);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        grid.addComponentColumn(this::titleCell)
                .setHeader(getTranslation("petition.field.title"))
                .setFlexGrow(3);
        grid.addColumn(p -> labels.country(p.country()))
                .setHeader(getTranslation("petition.field.country"))
                .setAutoWidth(true);
        grid.addComponentColumn(p -> labels.badge(p.status()))
                .setHeader(getTranslation("petition.list.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::progressCell)
                .setHeader(getTranslation("petition.list.signatures"))
                .setFlexGrow(2);
        grid.addColumn(this::endCell)
                .setHeader(getTranslation("petition.list.ends"))
                .setAutoWidth(true);
        grid.setItems(q -> petitions.search(filter(), q.getOffset(), q.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("petition.list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(PetitionView.class, e.getItem().id())));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        grid.setId("petition-grid");
        add(grid);

        if (currentUser.get().isPresent()) {
            add(mine());
        }
        country.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        sort.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    /** The signed-in person's own petitions, including those still awaiting moderation. */
    private com.vaadin.flow.component.details.Details mine() {
        Div list = new Div();
        List<PetitionSummary> own = petitions.mine(0, 50);
        for (PetitionSummary p : own) {
            com.vaadin.flow.router.RouterLink link = new com.vaadin.flow.router.RouterLink(
                    p.title() == null ? getTranslation("petition.hiddenTitle") : p.title(), PetitionView.class, p.id());
            link.addClassName("pikir-user-text");
            list.add(new Div(link, new Span(" "), labels.badge(p.status())));
        }
        if (own.isEmpty()) {
            list.add(new Span(getTranslation("petition.list.mineEmpty")));
        }
        com.vaadin.flow.component.details.Details details =
                new com.vaadin.flow.component.details.Details(getTranslation("petition.list.mine", own.size()), list);
        details.setId("petition-mine");
        return details;
    }

    private PetitionFilter filter() {
        return new PetitionFilter(country.getValue(), status.getValue(), search.getValue(), sort.getValue());
    }

    private Div titleCell(PetitionSummary p) {
        Span title = new Span(p.title() == null ? getTranslation("petition.hiddenTitle") : p.title());
        title.addClassName("pikir-user-text");
        Span addressee = new Span(labels.agency(p.agencyId()));
        addressee.addClassName("pikir-muted");
        Div cell = new Div(title, new Div(addressee));
        cell.getStyle().set("white-space", "normal");
        return cell;
    }

    private Div progressCell(PetitionSummary p) {
        if (!p.status().isPublic() || p.status() == PetitionStatus.REJECTED) {
            return new Div();
        }
        ProgressBar bar = new ProgressBar(0, 1, p.progress());
        Span text = new Span(
                getTranslation("petition.progress", labels.number(p.signatures()), labels.number(p.threshold())));
        text.addClassName("pikir-muted");
        bar.getElement().setAttribute("aria-label", text.getText());
        return new Div(bar, text);
    }

    private String endCell(PetitionSummary p) {
        if (p.status().isCollecting() && p.closesAt() != null && p.closesAt().isAfter(clock.instant())) {
            return getTranslation("petition.daysLeft", PetitionLabels.daysLeft(clock.instant(), p.closesAt()));
        }
        return p.closesAt() == null ? "" : labels.date(p.closesAt(), p.country());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("petition.list.title");
    }
}
