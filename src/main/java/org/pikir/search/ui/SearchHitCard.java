package org.pikir.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.Snippet;
import org.pikir.search.SearchRecords.SnippetPart;

/**
 * One search hit: kind, country, language and date; the title as a link to the content; the snippets with the
 * matched words emphasised. Everything is text (Span), never HTML: snippets are citizens' words.
 */
class SearchHitCard extends Div {

    SearchHitCard(SearchHit hit, int index, SearchFormat format) {
        addClassName("search-hit");
        setId("search-hit-" + index);
        Div meta = new Div();
        meta.addClassName("search-hit-meta");
        Span kind = new Span(getTranslation("search.kind." + hit.kind().code()));
        kind.getElement().getThemeList().add("badge");
        kind.addClassName("search-hit-kind");
        meta.add(
                kind,
                new Span(format.country(hit.country())),
                new Span(format.language(hit.lang())),
                new Span(format.date(hit.publishedAt(), hit.country())));
        add(meta);

        String linkText = hit.title() != null
                ? hit.title()
                : getTranslation("search.hit.commentOn", hit.context() == null ? "" : hit.context());
        Anchor link = new Anchor(hit.url(), linkText);
        link.addClassNames("search-hit-title", "pikir-user-text");
        link.setId("search-hit-link-" + index);
        link.getElement().setAttribute("lang", hit.lang());
        add(link);
        if (hit.title() != null && hit.context() != null) {
            Span context = new Span(getTranslation("search.hit.on", hit.context()));
            context.addClassNames("search-hit-context", "pikir-user-text");
            add(context);
        }
        for (Snippet snippet : hit.snippets()) {
            add(snippet(snippet, hit.lang()));
        }
    }

    /** A passage as text spans; matched words get the class {@code search-match}. */
    static Paragraph snippet(Snippet snippet, String lang) {
        Paragraph p = new Paragraph();
        p.addClassNames("search-snippet", "pikir-user-text");
        p.getElement().setAttribute("lang", lang);
        for (SnippetPart part : snippet.parts()) {
            Span span = new Span(part.text());
            if (part.match()) {
                span.addClassName("search-match");
            }
            p.add(span);
        }
        return p;
    }
}
