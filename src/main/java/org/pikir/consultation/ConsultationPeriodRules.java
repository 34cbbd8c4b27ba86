package org.pikir.consultation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statutory minimum public-discussion period of a country (country_rules.consultation_min_days and its
 * unit), read straight from the country reference data. Working days skip weekends and the country's
 * holidays and count weekend days moved to be working days (calendar_exception).
 */
@Component
class ConsultationPeriodRules {

    /** The minimum: an amount and whether it counts working or calendar days. */
    record Minimum(int amount, boolean workingDays) {}

    private final JdbcTemplate jdbc;

    ConsultationPeriodRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Minimum minimum(CountryCode country) {
        return jdbc.queryForObject(
                "select consultation_min_days, consultation_min_unit from country_rules where country_code = ?",
                (rs, i) -> new Minimum(rs.getInt(1), "WORKING_DAYS".equals(rs.getString(2))), country.name());
    }

    ZoneId zone(CountryCode country) {
        return ZoneId.of(jdbc.queryForObject("select time_zone from country where code = ?", String.class,
                country.name()));
    }

    /** Whether the window [opens, closes) is at least the country's minimum long. */
    boolean isLongEnough(CountryCode country, Instant opens, Instant closes) {
        Minimum minimum = minimum(country);
        ZoneId zone = zone(country);
        LocalDate from = opens.atZone(zone).toLocalDate();
        LocalDate to = closes.atZone(zone).toLocalDate();
        if (!minimum.workingDays()) {
            return !closes.isBefore(opens.plus(java.time.Duration.ofDays(minimum.amount())));
        }
        return workingDaysBetween(country, from, to) >= minimum.amount();
    }

    /** Working days d with from &lt;= d &lt; to. */
    int workingDaysBetween(CountryCode country, LocalDate from, LocalDate to) {
        Map<LocalDate, String> exceptions = new HashMap<>();
        jdbc.query("select day, kind from calendar_exception where country_code = ? and day >= ? and day < ?",
                rs -> {
                    exceptions.put(rs.getObject(1, LocalDate.class), rs.getString(2));
                }, country.name(), from, to);
        int count = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            String kind = exceptions.get(d);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if ("WORKDAY".equals(kind) || !weekend && !"HOLIDAY".equals(kind)) {
                count++;
            }
        }
        return count;
    }
}
