package org.pikir.consultation.ui;

import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.DraftFilter;
import org.pikir.consultation.ConsultationQueries.DraftSummary;
import org.pikir.consultation.DraftSort;
import org.pikir.consultation.StatusFilter;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.LightPage;
import org.springframework.stereotype.Component;

/**
 * The list of consultations as plain HTML: the newest published drafts of every country, each a link to its
 * page, so that a reader without scripts can reach them. Filters and paging stay with the view.
 */
@Component
class ConsultationListLightPage implements LightPage {

    static final int SHOWN = 30;

    private final ConsultationQueries queries;
    private final TranslationProvider translations;

    ConsultationListLightPage(ConsultationQueries queries, TranslationProvider translations) {
        this.queries = queries;
        this.translations = translations;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(ConsultationListView.class);
    }

    @Override
    public Optional<Content> render(RouteParameters route, UiLanguage language) {
        Locale locale = language.locale();
        String lang = language.code();
        String title = t("consultation.list.title", locale);
        Element page = new Element("article").addClass("pikir-light-list");
        page.appendElement("h1").text(title);
        // The search also returns the caller's agency's unpublished drafts: the light page is the same for all.
        List<DraftSummary> drafts =
                queries
                        .search(new DraftFilter(null, null, null, StatusFilter.ALL, null, DraftSort.NEWEST), 0, SHOWN)
                        .stream()
                        .filter(d -> d.status().isPublic())
                        .toList();
        if (drafts.isEmpty()) {
            page.appendElement("p").text(t("consultation.list.empty", locale));
        }
        Element list = page.appendElement("ul");
        for (DraftSummary d : drafts) {
            Element item = list.appendElement("li");
            item.appendElement("a")
                    .attr("href", "consultations/" + d.id())
                    .attr("lang", d.title().show(lang).language())
                    .text(d.title().show(lang).text());
            item.appendElement("br");
            item.appendElement("span")
                    .addClass("pikir-light-meta")
                    .text(String.join(
                            " · ",
                            d.agencyName().show(lang).text(),
                            t("consultation.status." + d.status().name(), locale)));
        }
        page.appendElement("p").addClass("pikir-light-note").text(t("light.list.first", locale, SHOWN));
        return Optional.of(new Content(title, page));
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
