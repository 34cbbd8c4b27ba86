package org.pikir.comparison;

import java.util.List;
import java.util.Map;
import org.pikir.country.CountryCode;

/**
 * Monthly counts of one kind of participation per country, aligned with {@link Comparison#months()}; each
 * month's count is suppressed on its own.
 *
 * @param id       stable machine name, e.g. {@code all} or {@code comments}
 * @param labelKey translation key of what is counted
 */
public record Trend(String id, String labelKey, Map<CountryCode, List<Figure>> values) {

    public Trend {
        values = Map.copyOf(values);
    }
}
