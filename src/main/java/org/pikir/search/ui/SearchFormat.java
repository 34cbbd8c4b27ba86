package org.pikir.search.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pikir.country.Country;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.i18n.DateFormats;

/** Country names, language names and dates for the search view, in the UI language. */
final class SearchFormat {

    static final List<String> LANGUAGES = List.of("kk", "ru", "en", "uz", "ky", "tg", "tk");

    private final Component view;
    private final Locale locale;
    private final Map<CountryCode, Country> countries = new EnumMap<>(CountryCode.class);

    SearchFormat(Component view, Locale locale, CountryService countryService) {
        this.view = view;
        this.locale = locale;
        countryService.countries().forEach(c -> countries.put(c.getCode(), c));
    }

    List<CountryCode> countryCodes() {
        return List.copyOf(countries.keySet());
    }

    String country(CountryCode code) {
        Country c = code == null ? null : countries.get(code);
        return c == null ? (code == null ? "" : code.name()) : c.getName().in(locale);
    }

    String country(String code) {
        return CountryCode.parse(code).map(this::country).orElse(code == null ? "" : code);
    }

    String language(String code) {
        return view.getTranslation("search.lang." + (LANGUAGES.contains(code) ? code : "und"));
    }

    ZoneId zone(CountryCode code) {
        Country c = code == null ? null : countries.get(code);
        return c == null ? ZoneId.of("Asia/Almaty") : c.getZone();
    }

    String date(Instant instant, String country) {
        if (instant == null) {
            return "";
        }
        return DateFormats.date(locale, zone(CountryCode.parse(country).orElse(null)))
                .format(instant);
    }
}
