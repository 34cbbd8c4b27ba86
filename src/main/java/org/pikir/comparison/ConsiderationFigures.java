package org.pikir.comparison;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pikir.consideration.AccountabilityMetrics;
import org.pikir.consideration.Metrics;
import org.pikir.consideration.MetricsScope;
import org.pikir.consideration.Outcome;
import org.pikir.country.Country;
import org.pikir.country.CountryCode;
import org.springframework.stereotype.Component;

/**
 * Consideration of comments per country, through the consideration feature's own public aggregate service
 * ({@link AccountabilityMetrics}), so "considered" means exactly what its dashboard means: visible comments of
 * published drafts written in the period (replies included), and the current outcome of each.
 */
@Component
class ConsiderationFigures {

    /** Comments of the period and the outcomes of those that have a decision. */
    record Considered(long comments, Map<Outcome, Long> outcomes) {

        long considered() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final AccountabilityMetrics metrics;

    ConsiderationFigures(AccountabilityMetrics metrics) {
        this.metrics = metrics;
    }

    /** Per country, with the period's bounds in that country's own time zone. */
    Map<CountryCode, Considered> considered(LocalDate from, LocalDate to, List<Country> countries) {
        Map<CountryCode, Considered> result = new EnumMap<>(CountryCode.class);
        for (Country country : countries) {
            ZoneId zone = country.getZone();
            Metrics m = metrics.compute(
                    MetricsScope.country(country.getCode()),
                    from.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant());
            result.put(country.getCode(), new Considered(m.comments(), Map.copyOf(m.outcomes())));
        }
        return result;
    }
}
