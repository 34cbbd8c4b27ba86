package org.pikir.comparison;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.pikir.country.CountryCode;

/**
 * The five-country comparison for one period: aggregates only, small counts suppressed.
 *
 * @param from                    first day (in each country's own time zone)
 * @param to                      last day, included
 * @param countries               the countries compared, in display order
 * @param rows                    the comparison table
 * @param references              reference indices of the countries compared
 * @param hasData                 false when nothing at all was recorded in the period
 * @param topicsAvailable         topic clusters can be counted (the analysis feature exists)
 * @param months                  the months of the trends
 * @param trends                  monthly counts; the first is all citizen participation together
 * @param topics                  topics recurring across countries, most widespread first
 */
public record Comparison(
        LocalDate from,
        LocalDate to,
        List<CountryCode> countries,
        List<Row> rows,
        List<Reference> references,
        boolean hasData,
        boolean topicsAvailable,
        List<YearMonth> months,
        List<Trend> trends,
        List<Topic> topics) {

    public Comparison {
        countries = List.copyOf(countries);
        rows = List.copyOf(rows);
        references = List.copyOf(references);
        months = List.copyOf(months);
        trends = List.copyOf(trends);
        topics = List.copyOf(topics);
    }

    /** A row by its id. */
    public Optional<Row> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The reference figures of one country. */
    public Optional<Reference> reference(CountryCode country) {
        return references.stream().filter(r -> r.country() == country).findFirst();
    }
}
