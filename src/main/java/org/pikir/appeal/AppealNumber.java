package org.pikir.appeal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pikir.country.CountryCode;

/** A registration number such as {@code KZ-2026-000123}: country, year of registration, serial in that year. */
public record AppealNumber(CountryCode country, int year, long serial) {

    private static final Pattern FORMAT = Pattern.compile("^([A-Z]{2})-(\\d{4})-(\\d{6,})$");

    public AppealNumber {
        if (country == null) {
            throw new IllegalArgumentException("country is required");
        }
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (serial < 1) {
            throw new IllegalArgumentException("serial must be positive: " + serial);
        }
    }

    /** Parses the printed form; throws {@link IllegalArgumentException} for anything else. */
    public static AppealNumber parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not an appeal number: " + text);
        }
        CountryCode country = CountryCode.parse(m.group(1))
                .orElseThrow(() -> new IllegalArgumentException("unknown country in " + text));
        return new AppealNumber(country, Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    }

    @Override
    public String toString() {
        return "%s-%d-%06d".formatted(country.name(), year, serial);
    }
}
