package org.pikir.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.pikir.account.CurrentUser;
import org.pikir.account.Role;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.SearchPage;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.search.SearchService;
import org.pikir.shared.ui.Feedback;

/** Public full-text search over draft laws, comments, petitions and published answers; admins can rebuild the index. */
@Route("search")
@Menu(title = "nav.search", order = 40, icon = "vaadin:search")
@AnonymousAllowed
public class SearchView extends Div implements HasDynamicTitle {

    private static final List<String> LANGS = List.of("", "kk", "ru", "en", "uz", "ky", "tg", "tk");

    private final SearchService search;
    private final Div results = new Div();

    public SearchView(SearchService search, CurrentUser currentUser) {
        this.search = search;
        addClassName("pikir-page");
        add(new H1(getTranslation("search.title")));
        TextField query = new TextField();
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setWidth("32em");
        query.setId("search-query");
        Select<String> lang = new Select<>();
        lang.setLabel(getTranslation("search.language"));
        lang.setItems(LANGS);
        lang.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("search.anyLanguage") : l);
        lang.setValue("");
        Button go = new Button(getTranslation("search.go"), e -> run(query.getValue(), lang.getValue()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("search-go");
        query.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> run(query.getValue(), lang.getValue()));
        HorizontalLayout bar = new HorizontalLayout(query, lang, go);
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(bar, results);
        results.setId("search-results");
        if (currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false)) {
            Button rebuild = new Button(getTranslation("search.rebuild"), e -> {
                try {
                    long n = search.reindex();
                    Feedback.success(getTranslation("search.rebuilt", n));
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            });
            rebuild.setId("search-rebuild");
            add(rebuild);
        }
    }

    private void run(String text, String lang) {
        results.removeAll();
        SearchPage page = search.search(new SearchQuery(text, null, null, lang == null || lang.isEmpty() ? null : lang,
                null, null, 0, 20));
        results.add(new Paragraph(getTranslation("search.found", page.total())));
        for (SearchHit hit : page.hits()) {
            Div row = new Div();
            row.addClassName("pikir-user-text");
            row.add(new Span(hit.kind() + " · " + hit.lang() + " · "));
            // Snippets are shown as plain text; the highlight tags are turned into markers, never HTML.
            String snippet = hit.snippets().isEmpty() ? "" : hit.snippets().getFirst();
            row.add(new Span(snippet.replace("<em>", "«").replace("</em>", "»")));
            results.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
