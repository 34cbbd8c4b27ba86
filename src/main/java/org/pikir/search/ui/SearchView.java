package org.pikir.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pikir.account.CurrentUser;
import org.pikir.account.Role;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.search.SearchKind;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.SearchPage;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.search.SearchService;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.Feedback;
import org.pikir.shell.UiPreferences;

/**
 * Public full-text search over draft laws and their articles, comments, petitions and published answers. The query
 * and filters live in the URL (q, country, type, lang, from, to, page), so a result page can be shared, bookmarked
 * and reached with the browser's back button; Enter in the query field searches. Administrators can rebuild the
 * index here.
 */
@Route("search")
@Menu(title = "nav.search", order = 40, icon = "vaadin:search")
@AnonymousAllowed
@StyleSheet("styles/search.css")
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final SearchFormat format;
    private final TextField query = new TextField();
    private final Select<CountryCode> country = new Select<>();
    private final Select<SearchKind> type = new Select<>();
    private final Select<String> lang = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph summary = new Paragraph();
    private final Div results = new Div();
    private final Div pager = new Div();

    public SearchView(SearchService search, CountryService countries, CurrentUser currentUser) {
        this.search = search;
        this.format = new SearchFormat(this, getLocale(), countries);
        addClassNames("pikir-page", "search-page");
        add(new H1(getTranslation("search.title")));
        add(form());
        summary.setId("search-summary");
        summary.getElement().setAttribute("role", "status");
        results.setId("search-results");
        results.addClassName("search-results");
        pager.addClassName("search-pager");
        add(summary, results, pager);
        if (currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false)) {
            add(new RebuildPanel(search));
        }
    }

    private Div form() {
        query.setLabel(getTranslation("search.query"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setId("search-query");
        query.setMaxLength(200);
        query.setClearButtonVisible(true);
        query.addClassName("search-query");
        country.setLabel(getTranslation("search.country"));
        country.setId("search-country");
        country.setItems(format.countryCodes());
        country.setEmptySelectionAllowed(true);
        country.setEmptySelectionCaption(getTranslation("search.anyCountry"));
        country.setItemLabelGenerator(c -> c == null ? getTranslation("search.anyCountry") : format.country(c));
        type.setLabel(getTranslation("search.type"));
        type.setId("search-type");
        type.setItems(SearchKind.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("search.anyType"));
        type.setItemLabelGenerator(
                k -> k == null ? getTranslation("search.anyType") : getTranslation("search.kind." + k.code()));
        lang.setLabel(getTranslation("search.language"));
        lang.setId("search-lang");
        lang.setItems(SearchFormat.LANGUAGES);
        lang.setEmptySelectionAllowed(true);
        lang.setEmptySelectionCaption(getTranslation("search.anyLanguage"));
        lang.setItemLabelGenerator(l -> l == null ? getTranslation("search.anyLanguage") : format.language(l));
        from.setLabel(getTranslation("search.from"));
        from.setId("search-from");
        to.setLabel(getTranslation("search.to"));
        to.setId("search-to");
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        Button go = new Button(getTranslation("search.go"), e -> submit(0));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("search-go");
        // Enter in the query field searches; the field's value is sent before the shortcut fires.
        go.addClickShortcut(Key.ENTER).listenOn(query).resetFocusOnActiveElement();
        Div bar = new Div(query, country, type, lang, from, to, go);
        bar.addClassName("search-form");
        bar.getElement().setAttribute("role", "search");
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        query.setValue(first(p, "q").orElse(""));
        country.setValue(first(p, "country").flatMap(CountryCode::parse).orElse(null));
        type.setValue(first(p, "type").flatMap(SearchKind::ofCode).orElse(null));
        lang.setValue(first(p, "lang").filter(SearchFormat.LANGUAGES::contains).orElse(null));
        from.setValue(first(p, "from").flatMap(SearchView::date).orElse(null));
        to.setValue(first(p, "to").flatMap(SearchView::date).orElse(null));
        int page = first(p, "page").map(SearchView::number).orElse(1) - 1;
        if (query.getValue().isBlank()) {
            showIntro();
        } else {
            run(page);
        }
    }

    /** Puts the form into the URL; navigation then runs the search (so the address always matches the page). */
    private void submit(int page) {
        if (query.getValue().isBlank()) {
            run(0); // shows the translated "enter a word" message instead of an empty result
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query.getValue().strip());
        Optional.ofNullable(country.getValue()).ifPresent(c -> params.put("country", c.name()));
        Optional.ofNullable(type.getValue()).ifPresent(k -> params.put("type", k.code()));
        Optional.ofNullable(lang.getValue()).ifPresent(l -> params.put("lang", l));
        Optional.ofNullable(from.getValue()).ifPresent(d -> params.put("from", d.toString()));
        Optional.ofNullable(to.getValue()).ifPresent(d -> params.put("to", d.toString()));
        if (page > 0) {
            params.put("page", Integer.toString(page + 1));
        }
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(params));
    }

    private void run(int page) {
        query.setInvalid(false);
        to.setInvalid(false);
        // Dates are days in the chosen country (or the visitor's country); "to" includes its whole day.
        ZoneId zone = format.zone(country.getValue() != null ? country.getValue() : UiPreferences.country());
        SearchQuery q = new SearchQuery(
                query.getValue(),
                country.getValue() == null ? null : country.getValue().name(),
                type.getValue(),
                lang.getValue(),
                from.getValue() == null
                        ? null
                        : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null
                        ? null
                        : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                page,
                PAGE_SIZE);
        try {
            show(search.search(q));
        } catch (InvalidInputException e) {
            clearResults();
            Feedback.showFieldErrors(this, e, Map.of("text", query, "to", to));
            summary.setText(getTranslation("search.fixQuery"));
        }
    }

    private void show(SearchPage page) {
        clearResults();
        if (page.hits().isEmpty()) {
            summary.setText(getTranslation(page.page() == 0 ? "search.noResults" : "search.noMorePages"));
            Paragraph hint = new Paragraph(getTranslation("search.noResultsHint"));
            hint.addClassName("pikir-muted");
            results.add(hint);
        } else {
            summary.setText(getTranslation(
                    page.totalExact() ? "search.results" : "search.resultsMore", page.total(), page.page() + 1));
            List<SearchHit> hits = page.hits();
            for (int i = 0; i < hits.size(); i++) {
                results.add(new SearchHitCard(hits.get(i), i, format));
            }
        }
        if (page.hasPrevious()) {
            Button previous = new Button(getTranslation("search.previous"), e -> submit(page.page() - 1));
            previous.setId("search-previous");
            pager.add(previous);
        }
        if (page.hasNext()) {
            Button next = new Button(getTranslation("search.next"), e -> submit(page.page() + 1));
            next.setId("search-next");
            pager.add(next);
        }
    }

    private void showIntro() {
        clearResults();
        summary.setText(getTranslation("search.intro"));
    }

    private void clearResults() {
        results.removeAll();
        pager.removeAll();
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, new ArrayList<>());
        return values.isEmpty() || values.getFirst().isBlank() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int number(String value) {
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return query.getValue().isBlank()
                ? getTranslation("search.title")
                : getTranslation("search.titleWithQuery", query.getValue());
    }
}
