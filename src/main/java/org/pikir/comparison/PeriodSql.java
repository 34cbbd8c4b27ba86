package org.pikir.comparison;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shared pieces of the read-only aggregate queries: a period is a range of local dates in each country's own
 * time zone (the query joins {@code country c}), and results are counts per country.
 */
final class PeriodSql {

    private PeriodSql() {}

    /** "column lies in the period" for a query that joins {@code country c}; takes two parameters: from, to. */
    static String within(String column) {
        return column + " >= cast(? as date)::timestamp at time zone c.time_zone and " + column
                + " < (cast(? as date) + 1)::timestamp at time zone c.time_zone";
    }

    /** The month of a timestamp in the country's zone, as 'YYYY-MM'. */
    static String month(String column) {
        return "to_char(" + column + " at time zone c.time_zone, 'YYYY-MM')";
    }

    /** Runs "select country_code, count …" and returns the counts (absent countries have none). */
    static Map<CountryCode, Long> counts(JdbcTemplate jdbc, String sql, Object... args) {
        Map<CountryCode, Long> result = new EnumMap<>(CountryCode.class);
        jdbc.query(
                sql,
                rs -> {
                    String code = rs.getString(1);
                    long n = rs.getLong(2);
                    CountryCode.parse(code).ifPresent(c -> result.merge(c, n, Long::sum));
                },
                args);
        return result;
    }

    /** Runs "select country_code, key, count …" and returns the counts per country and key. */
    static Map<CountryCode, Map<String, Long>> keyedCounts(JdbcTemplate jdbc, String sql, Object... args) {
        Map<CountryCode, Map<String, Long>> result = new EnumMap<>(CountryCode.class);
        jdbc.query(
                sql,
                rs -> {
                    String code = rs.getString(1);
                    String key = rs.getString(2);
                    long n = rs.getLong(3);
                    CountryCode.parse(code)
                            .ifPresent(c -> result.computeIfAbsent(c, k -> new HashMap<>())
                                    .merge(key == null ? "" : key, n, Long::sum));
                },
                args);
        return result;
    }

    /** Monthly counts: "select country_code, 'YYYY-MM', count …". */
    static Map<CountryCode, Map<YearMonth, Long>> monthlyCounts(JdbcTemplate jdbc, String sql, Object... args) {
        Map<CountryCode, Map<YearMonth, Long>> result = new EnumMap<>(CountryCode.class);
        keyedCounts(jdbc, sql, args).forEach((code, byKey) -> {
            Map<YearMonth, Long> months = new HashMap<>();
            byKey.forEach((key, n) -> months.merge(YearMonth.parse(key), n, Long::sum));
            result.put(code, months);
        });
        return result;
    }

    /** The two parameters of {@link #within}. */
    static Object[] period(LocalDate from, LocalDate to) {
        return new Object[] {from, to};
    }
}
