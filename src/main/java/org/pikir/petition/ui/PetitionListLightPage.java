package org.pikir.petition.ui;

import com.vaadin.flow.router.RouteParameters;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.pikir.country.CountryService;
import org.pikir.petition.PetitionFilter;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionSort;
import org.pikir.petition.PetitionSummary;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.LightPage;
import org.springframework.stereotype.Component;

/**
 * The list of petitions as plain HTML: the most signed public petitions of every country with their counts, each
 * a link to its page (a petition whose text moderation hid is left out). Filters and paging stay with the view.
 */
@Component
class PetitionListLightPage implements LightPage {

    static final int SHOWN = 30;

    private final PetitionService petitions;
    private final CountryService countries;
    private final TranslationProvider translations;

    PetitionListLightPage(PetitionService petitions, CountryService countries, TranslationProvider translations) {
        this.petitions = petitions;
        this.countries = countries;
        this.translations = translations;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(PetitionListView.class);
    }

    @Override
    public Optional<Content> render(RouteParameters route, UiLanguage language) {
        Locale locale = language.locale();
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        String title = t("petition.list.title", locale);
        Element page = new Element("article").addClass("pikir-light-list");
        page.appendElement("h1").text(title);
        page.appendElement("p").text(t("petition.list.intro", locale));
        List<PetitionSummary> shown =
                petitions.search(new PetitionFilter(null, null, null, PetitionSort.SIGNATURES), 0, SHOWN).stream()
                        .filter(p -> p.title() != null && p.status().isPublic())
                        .toList();
        Element list = page.appendElement("ul");
        for (PetitionSummary p : shown) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "petition/" + p.id()).text(p.title());
            item.appendElement("br");
            item.appendElement("span")
                    .addClass("pikir-light-meta")
                    .text(String.join(
                            " · ",
                            t("petition.status." + p.status().name(), locale),
                            countries
                                    .country(p.country())
                                    .map(c -> c.getName().in(locale))
                                    .orElse(p.country().name()),
                            t(
                                    "petition.progress",
                                    locale,
                                    number.format(p.signatures()),
                                    number.format(p.threshold()))));
        }
        page.appendElement("p").addClass("pikir-light-note").text(t("light.list.first", locale, SHOWN));
        return Optional.of(new Content(title, page));
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
