package org.pikir.petition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.petition.PetitionStatus;
import org.pikir.shared.i18n.DateFormats;

/** Country and agency names, dates, numbers and status badges for one screen, in the viewer's language. */
final class PetitionLabels {

    private final CountryService countries;
    private final Component owner;
    private final Locale locale;
    private final Map<CountryCode, String> countryNames = new EnumMap<>(CountryCode.class);
    private final Map<CountryCode, ZoneId> zones = new EnumMap<>(CountryCode.class);
    private final Map<Long, String> agencyNames = new HashMap<>();

    PetitionLabels(CountryService countries, Component owner, Locale locale) {
        this.countries = countries;
        this.owner = owner;
        this.locale = locale;
        countries.countries().forEach(c -> {
            countryNames.put(c.getCode(), c.getName().in(locale));
            zones.put(c.getCode(), c.getZone());
        });
    }

    String country(CountryCode code) {
        return code == null ? "" : countryNames.getOrDefault(code, code.name());
    }

    String agency(long id) {
        return agencyNames.computeIfAbsent(
                id, a -> countries.agency(a).map(x -> x.getName().in(locale)).orElse(""));
    }

    /** A date in the petition's country (deadlines are local days there). */
    String date(Instant instant, CountryCode country) {
        if (instant == null) {
            return "";
        }
        return DateFormats.date(locale, zones.getOrDefault(country, ZoneId.of("UTC")))
                .format(instant);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String status(PetitionStatus status) {
        return owner.getTranslation("petition.status." + status.name());
    }

    /** Whole days left until {@code end} (at least 1 while it is still ahead). */
    static long daysLeft(Instant now, Instant end) {
        long seconds = Duration.between(now, end).toSeconds();
        return seconds <= 0 ? 0 : (seconds + 86_399) / 86_400;
    }

    Span badge(PetitionStatus status) {
        Span badge = new Span(status(status));
        String theme = switch (status) {
            case COLLECTING -> "badge";
            case THRESHOLD_REACHED, RESPONDED -> "badge success";
            case REJECTED -> "badge error";
            case PENDING, EXPIRED -> "badge contrast";
        };
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        badge.addClassName("petition-status");
        return badge;
    }
}
