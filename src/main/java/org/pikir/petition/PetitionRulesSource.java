package org.pikir.petition;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a country's petition rules (threshold, collection and response periods) from country_rules and
 * computes response deadlines.
 */
@Component
class PetitionRulesSource {

    private final JdbcTemplate jdbc;
    private final CountryService countries;

    PetitionRulesSource(JdbcTemplate jdbc, CountryService countries) {
        this.jdbc = jdbc;
        this.countries = countries;
    }

    PetitionRules rules(CountryCode country) {
        return jdbc.queryForObject("""
                select petition_threshold, petition_collection_days, petition_response_days,
                       petition_response_unit, petition_statutory
                from country_rules where country_code = ?""",
                (rs, i) -> new PetitionRules(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        "WORKING_DAYS".equals(rs.getString(4)), rs.getBoolean(5)),
                country.name());
    }

    /** End of the last local day of the response period that starts the day after {@code from}. */
    Instant responseDue(CountryCode country, Instant from) {
        PetitionRules rules = rules(country);
        ZoneId zone = countries.country(country).orElseThrow().getZone();
        LocalDate day = from.atZone(zone).toLocalDate();
        int left = rules.responseDays();
        while (left > 0) {
            day = day.plusDays(1);
            if (!rules.responseInWorkingDays() || isWorkingDay(day)) {
                left--;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
