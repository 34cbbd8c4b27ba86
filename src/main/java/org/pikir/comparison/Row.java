package org.pikir.comparison;

import java.util.Map;
import org.pikir.country.CountryCode;

/**
 * One measure across the countries.
 *
 * @param id       stable machine name (CSV, tests), e.g. {@code comments_per_100k_population}
 * @param section  group in the table
 * @param labelKey translation key of the label; with {@code argKey} it is a pattern taking one argument
 * @param argKey   translation key of the label's argument (an activity, outcome or language), or null
 * @param unit     how to read and format the figures
 * @param values   one figure per country shown
 */
public record Row(
        String id, Section section, String labelKey, String argKey, Unit unit, Map<CountryCode, Figure> values) {

    public Row {
        values = Map.copyOf(values);
    }

    /** The figure of one country (not available when the country is not part of the comparison). */
    public Figure value(CountryCode country) {
        return values.getOrDefault(country, Figure.notAvailable());
    }
}
