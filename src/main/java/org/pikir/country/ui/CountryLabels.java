package org.pikir.country.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;

/** Country names for selects in the admin screens, in the viewer's language, loaded once per screen. */
final class CountryLabels {

    private CountryLabels() {}

    static Function<CountryCode, String> of(CountryService countries, Locale locale) {
        Map<CountryCode, String> names = new EnumMap<>(CountryCode.class);
        countries.countries().forEach(c -> names.put(c.getCode(), c.getName().in(locale) + " (" + c.getCode() + ")"));
        return code -> code == null ? "" : names.getOrDefault(code, code.name());
    }
}
