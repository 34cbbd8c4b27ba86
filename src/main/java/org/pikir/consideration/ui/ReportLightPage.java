package org.pikir.consideration.ui;

import com.vaadin.flow.router.RouteParameters;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consideration.ConsiderationQueries.Report;
import org.pikir.consideration.ConsiderationQueries.ReportRow;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.i18n.DateFormats;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.LightPage;
import org.springframework.stereotype.Component;

/**
 * The consideration report as plain HTML: the figures, one table row per decision as the view's grid shows
 * them, and links to the draft and to the printable report. The report is public once the consultation has
 * closed, and counts visible comments only.
 */
@Component
class ReportLightPage implements LightPage {

    private static final List<String> COLUMNS =
            List.of("level", "group", "size", "outcome", "reason", "articles", "decidedAt");

    private final ConsiderationQueries queries;
    private final TranslationProvider translations;

    ReportLightPage(ConsiderationQueries queries, TranslationProvider translations) {
        this.queries = queries;
        this.translations = translations;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(ReportView.class);
    }

    @Override
    public Optional<Content> render(RouteParameters route, UiLanguage language) {
        Optional<Long> id = route.getLong("draftId");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Report report;
        try {
            report = queries.report(id.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        Locale locale = language.locale();
        String title = t(
                "consideration.report.title",
                locale,
                report.title().show(language.code()).text());
        Element page = new Element("article").addClass("pikir-light-report");
        page.appendElement("h1").text(title);
        page.appendElement("p").text(t("consideration.report.summary", locale, report.comments(), report.considered()));
        Element links = page.appendElement("p");
        links.appendElement("a")
                .attr("href", "consultations/" + report.draftId())
                .text(t("consideration.report.draftLink", locale));
        links.appendText(" · ");
        links.appendElement("a")
                .attr(
                        "href",
                        "api/v1/consultations/" + report.draftId() + "/consideration-report.html?lang="
                                + language.code())
                .text(t("consideration.report.print", locale));
        if (report.rows().isEmpty()) {
            page.appendElement("p").text(t("consideration.report.empty", locale));
        } else {
            table(page.appendElement("div").addClass("pikir-light-scroll"), report, locale);
        }
        page.appendElement("p").appendElement("a").attr("href", "reports").text(t("nav.consideration.reports", locale));
        return Optional.of(new Content(title, page));
    }

    private void table(Element parent, Report report, Locale locale) {
        Element table = parent.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : COLUMNS) {
            head.appendElement("th").attr("scope", "col").text(t("consideration.report.column." + column, locale));
        }
        Element body = table.appendElement("tbody");
        var date = DateFormats.date(locale, ZoneOffset.UTC);
        for (ReportRow r : report.rows()) {
            Element row = body.appendElement("tr");
            row.appendElement("td").text(t("consideration.level." + r.level().name(), locale));
            row.appendElement("td").text(ConsiderationFormat.excerpt(r.label(), 200));
            row.appendElement("td").text(String.valueOf(r.comments()));
            row.appendElement("td")
                    .text(t("consideration.outcome." + r.outcome().name(), locale)
                            + (r.revised() ? " " + t("consideration.report.revised", locale) : ""));
            row.appendElement("td").text(r.reason() == null ? "" : r.reason());
            row.appendElement("td")
                    .text(r.articles().stream()
                            .map(a -> t("consideration.article.number", locale, a.number(), a.version()))
                            .collect(Collectors.joining(", ")));
            row.appendElement("td").text(r.decidedAt() == null ? "—" : date.format(r.decidedAt()));
        }
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
