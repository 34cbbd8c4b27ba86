package org.pikir.appeal.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.pikir.country.Country;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.i18n.DateFormats;

/** Formats appeal values for one view: dates in the appeal's country zone, agency names in the UI language. */
final class AppealText {

    private final Component view;
    private final Locale locale;
    private final CountryService countries;
    private final Map<Long, String> agencyNames = new HashMap<>();
    private final Map<CountryCode, ZoneId> zones = new EnumMap<>(CountryCode.class);

    AppealText(Component view, Locale locale, CountryService countries) {
        this.view = view;
        this.locale = locale;
        this.countries = countries;
    }

    String date(Instant instant, CountryCode country) {
        if (instant == null) {
            return "";
        }
        return DateFormats.date(locale, zone(country)).format(instant);
    }

    String dateTime(Instant instant, CountryCode country) {
        if (instant == null) {
            return "";
        }
        return DateFormats.dateTime(locale, zone(country)).format(instant);
    }

    String agency(Long id) {
        if (id == null) {
            return "";
        }
        return agencyNames.computeIfAbsent(
                id,
                key -> countries.agency(key).map(a -> a.getName().in(locale)).orElse("#" + key));
    }

    String country(CountryCode code) {
        return countries.country(code).map(c -> c.getName().in(locale)).orElse(code.name());
    }

    String enumLabel(String prefix, Enum<?> value) {
        return value == null ? "" : view.getTranslation(prefix + value.name());
    }

    /** The language name for a code; the bare code for languages without a translation. */
    String language(String code) {
        String text = view.getTranslation("appeal.language." + (code == null ? "und" : code));
        return text.startsWith("!") ? code : text;
    }

    private ZoneId zone(CountryCode country) {
        return zones.computeIfAbsent(
                country, c -> countries.country(c).map(Country::getZone).orElse(ZoneId.of("UTC")));
    }
}
