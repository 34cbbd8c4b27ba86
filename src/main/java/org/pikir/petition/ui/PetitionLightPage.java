package org.pikir.petition.ui;

import com.vaadin.flow.router.RouteParameters;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.pikir.country.CountryService;
import org.pikir.petition.Petition;
import org.pikir.petition.PetitionDetails;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionStatus;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.i18n.DateFormats;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.LightPage;
import org.springframework.stereotype.Component;

/**
 * The petition page as plain HTML: title, status and addressee, the response or the rejection, the signature
 * count against the threshold, and the text. Only petitions past moderation whose text the public may read,
 * whoever asks (the author's pending petition is not written into the page).
 */
@Component
class PetitionLightPage implements LightPage {

    private final PetitionService petitions;
    private final CountryService countries;
    private final TranslationProvider translations;
    private final Clock clock;

    PetitionLightPage(
            PetitionService petitions, CountryService countries, TranslationProvider translations, Clock clock) {
        this.petitions = petitions;
        this.countries = countries;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(PetitionView.class);
    }

    @Override
    public Optional<Content> render(RouteParameters route, UiLanguage language) {
        Optional<Long> id = LightPage.urlParameter(route);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        PetitionDetails details;
        try {
            details = petitions.details(id.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        Petition p = details.petition();
        if (!p.getStatus().isPublic() || !p.isContentPublic()) {
            return Optional.empty();
        }
        Locale locale = language.locale();
        ZoneId zone = countries.country(p.getCountry()).map(c -> c.getZone()).orElse(ZoneId.of("UTC"));
        String agency = countries
                .agency(p.getAgencyId())
                .map(a -> a.getName().in(locale))
                .orElse("");
        String country = countries
                .country(p.getCountry())
                .map(c -> c.getName().in(locale))
                .orElse(p.getCountry().name());
        Element page = new Element("article").addClass("pikir-light-petition");
        page.appendElement("h1").text(p.getTitle());
        page.appendElement("p")
                .addClass("pikir-light-meta")
                .text(String.join(" · ", t("petition.status." + p.getStatus().name(), locale), country, agency));
        if (p.getStatus() == PetitionStatus.RESPONDED && p.getResponseText() != null) {
            Element response = page.appendElement("section").addClass("pikir-light-box");
            response.appendElement("h2").text(t("petition.response.title", locale, agency));
            response.appendElement("p")
                    .addClass("pikir-light-meta")
                    .text(t("petition.decision." + p.getResponseDecision().name(), locale) + " · "
                            + date(p.getRespondedAt(), locale, zone));
            response.appendElement("p").addClass("pikir-light-text").text(p.getResponseText());
        }
        if (p.getStatus() == PetitionStatus.REJECTED) {
            Element rejection = page.appendElement("section").addClass("pikir-light-box");
            rejection.appendElement("h2").text(t("petition.rejected.title", locale));
            rejection
                    .appendElement("p")
                    .text(t("petition.reason." + p.getRejectionReason().name(), locale));
            if (p.getRejectionNote() != null) {
                rejection.appendElement("p").addClass("pikir-light-text").text(p.getRejectionNote());
            }
        } else {
            NumberFormat number = NumberFormat.getIntegerInstance(locale);
            Instant now = clock.instant();
            String when = p.isOpenForSignatures(now)
                    ? t("petition.closesOn", locale, date(p.getClosesAt(), locale, zone))
                    : t("petition.collectionClosed", locale, date(closedOn(p), locale, zone));
            page.appendElement("p")
                    .addClass("pikir-light-count")
                    .text(t(
                                    "petition.progress",
                                    locale,
                                    number.format(details.signatures()),
                                    number.format(p.getThreshold()))
                            + " · " + when);
        }
        section(page, t("petition.field.text", locale), p.getText());
        section(page, t("petition.field.requestedAction", locale), p.getRequestedAction());
        page.appendElement("p").appendElement("a").attr("href", "petitions").text(t("petition.backToList", locale));
        return Optional.of(new Content(p.getTitle(), page));
    }

    private static Instant closedOn(Petition p) {
        if (p.getClosesAt() == null) {
            return p.getClosedAt();
        }
        return p.getClosedAt() != null && p.getClosedAt().isBefore(p.getClosesAt()) ? p.getClosedAt() : p.getClosesAt();
    }

    private static void section(Element page, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Element section = page.appendElement("section");
        section.appendElement("h2").text(heading);
        section.appendElement("p").addClass("pikir-light-text").text(text);
    }

    private static String date(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateFormats.date(locale, zone).format(instant);
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
