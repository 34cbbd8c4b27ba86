package org.pikir.consideration.ui;

import com.vaadin.flow.router.RouteParameters;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consultation.ConsultationQueries.DraftSummary;
import org.pikir.shared.i18n.DateFormats;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.LightPage;
import org.springframework.stereotype.Component;

/** The list of consideration reports as plain HTML: the latest closed consultations, each a link to its report. */
@Component
class ReportsLightPage implements LightPage {

    static final int SHOWN = 30;

    private final ConsiderationQueries queries;
    private final TranslationProvider translations;

    ReportsLightPage(ConsiderationQueries queries, TranslationProvider translations) {
        this.queries = queries;
        this.translations = translations;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(ReportsView.class);
    }

    @Override
    public Optional<Content> render(RouteParameters route, UiLanguage language) {
        Locale locale = language.locale();
        String lang = language.code();
        String title = t("consideration.reports.title", locale);
        Element page = new Element("article").addClass("pikir-light-list");
        page.appendElement("h1").text(title);
        page.appendElement("p").text(t("consideration.reports.intro", locale));
        List<DraftSummary> closed = queries.closedConsultations(0, SHOWN).stream()
                .filter(d -> d.status().isPublic())
                .toList();
        if (closed.isEmpty()) {
            page.appendElement("p").text(t("consideration.reports.empty", locale));
        }
        var date = DateFormats.date(locale, ZoneOffset.UTC);
        Element list = page.appendElement("ul");
        for (DraftSummary d : closed) {
            Element item = list.appendElement("li");
            item.appendElement("a")
                    .attr("href", "reports/" + d.id())
                    .text(d.title().show(lang).text());
            item.appendElement("br");
            item.appendElement("span")
                    .addClass("pikir-light-meta")
                    .text(d.agencyName().show(lang).text()
                            + (d.closesAt() == null
                                    ? ""
                                    : " · " + t("consideration.reports.closedAt", locale) + " "
                                            + date.format(d.closesAt())));
        }
        page.appendElement("p").addClass("pikir-light-note").text(t("light.list.first", locale, SHOWN));
        return Optional.of(new Content(title, page));
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
