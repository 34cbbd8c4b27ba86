package org.pikir.comparison;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pikir.country.CountryCode;
import org.pikir.shared.Message;

/**
 * The comparison's address: {@code ?from=2026-01-01&to=2026-06-30&countries=KZ,UZ}. Parsing never throws:
 * what cannot be read falls back to the default and leaves a translated message for the field.
 *
 * @param errors field ("from", "to", "countries") → message for what was wrong in the address
 */
public record ComparisonQuery(LocalDate from, LocalDate to, List<CountryCode> countries, Map<String, Message> errors) {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String COUNTRIES = "countries";

    public ComparisonQuery {
        countries = List.copyOf(countries);
        errors = Map.copyOf(errors);
    }

    /** The default: the last twelve months up to today, all five countries. */
    public static ComparisonQuery defaults(LocalDate today) {
        return new ComparisonQuery(
                today.minusMonths(11).withDayOfMonth(1), today, List.of(CountryCode.values()), Map.of());
    }

    /** Reads query parameters (as the browser sent them); missing ones take the defaults. */
    public static ComparisonQuery parse(Map<String, List<String>> parameters, LocalDate today) {
        ComparisonQuery fallback = defaults(today);
        Map<String, Message> errors = new LinkedHashMap<>();
        LocalDate from = date(parameters, FROM, fallback.from(), errors);
        LocalDate to = date(parameters, TO, fallback.to(), errors);
        List<CountryCode> countries = fallback.countries();
        String list = first(parameters, COUNTRIES);
        if (list != null) {
            EnumSet<CountryCode> chosen = EnumSet.noneOf(CountryCode.class);
            List<String> unknown = new ArrayList<>();
            Arrays.stream(list.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(code ->
                            CountryCode.parse(code).ifPresentOrElse(chosen::add, () -> unknown.add(shorten(code))));
            if (!unknown.isEmpty()) {
                errors.put(COUNTRIES, Message.of("comparison.error.unknownCountry", String.join(", ", unknown)));
            }
            if (!chosen.isEmpty()) {
                countries = List.copyOf(chosen);
            } else if (unknown.isEmpty()) {
                errors.put(COUNTRIES, Message.of("comparison.error.noCountry"));
            }
        }
        return new ComparisonQuery(from, to, countries, errors);
    }

    /** The parameters that lead back to this comparison. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(FROM, from.toString());
        parameters.put(TO, to.toString());
        parameters.put(
                COUNTRIES, String.join(",", countries.stream().map(Enum::name).toList()));
        return parameters;
    }

    private static LocalDate date(
            Map<String, List<String>> parameters, String name, LocalDate fallback, Map<String, Message> errors) {
        String value = first(parameters, name);
        if (value == null) {
            return fallback;
        }
        if (value.isBlank()) {
            errors.put(name, Message.of("error.required"));
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(name, Message.of("comparison.error.badDate", shorten(value)));
            return fallback;
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    // Echoing the visitor's own input back is fine as text, but keep it short.
    private static String shorten(String value) {
        String v = value.strip();
        return v.length() > 12 ? v.substring(0, 12) + "…" : v;
    }
}
