package org.pikir.account.ui;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.pikir.country.CountryCode;

/** ISO country codes for residence and citizenship: the five first, then all others by localized name. */
final class IsoCountries {

    private IsoCountries() {}

    static List<String> codes(Locale locale) {
        List<String> five = Arrays.stream(CountryCode.values()).map(Enum::name).toList();
        Collator collator = Collator.getInstance(locale);
        Stream<String> others = Arrays.stream(Locale.getISOCountries())
                .filter(c -> !five.contains(c))
                .sorted(Comparator.comparing(c -> name(c, locale), collator));
        return Stream.concat(five.stream(), others).toList();
    }

    static String name(String code, Locale locale) {
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name == null || name.isBlank() ? code : name;
    }
}
