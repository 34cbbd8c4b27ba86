package org.pikir.comparison;

import static org.pikir.comparison.PeriodSql.counts;
import static org.pikir.comparison.PeriodSql.keyedCounts;
import static org.pikir.comparison.PeriodSql.month;
import static org.pikir.comparison.PeriodSql.monthlyCounts;
import static org.pikir.comparison.PeriodSql.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregates of the appeal feature's tables (read-only), with the same definitions as
 * {@code AppealStatisticsService} uses per agency: an answer is on time when given by the deadline in force
 * then; response time runs from registration (or the last restart of the period) to the answer.
 */
@Component
class AppealFigures {

    /** Answers given in a period and how many of them were on time; median days over {@code answered}. */
    record Answers(long answered, long onTime, Double medianDays) {}

    /** Ratings of answers given in the period. */
    record Ratings(long rated, Double average) {}

    private final JdbcTemplate jdbc;

    AppealFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appeals registered in the period. */
    Map<CountryCode, Long> appeals(LocalDate from, LocalDate to) {
        return counts(jdbc, """
                select a.country_code, count(*) from appeal a join country c on c.code = a.country_code
                where %s group by a.country_code""".formatted(within("a.registered_at")), from, to);
    }

    /** Appeals registered in the period per language code. */
    Map<CountryCode, Map<String, Long>> languages(LocalDate from, LocalDate to) {
        return keyedCounts(jdbc, """
                select a.country_code, a.language, count(*) from appeal a join country c on c.code = a.country_code
                where %s group by a.country_code, a.language""".formatted(within("a.registered_at")), from, to);
    }

    /** Appeals registered per month. */
    Map<CountryCode, Map<YearMonth, Long>> appealsByMonth(LocalDate from, LocalDate to) {
        return monthlyCounts(jdbc, """
                select a.country_code, %s, count(*) from appeal a join country c on c.code = a.country_code
                where %s group by 1, 2""".formatted(month("a.registered_at"), within("a.registered_at")), from, to);
    }

    /** Answers given in the period: how many, how many on time, median days to answer. */
    Map<CountryCode, Answers> answers(LocalDate from, LocalDate to) {
        Map<CountryCode, Answers> result = new EnumMap<>(CountryCode.class);
        jdbc.query(
                """
                select a.country_code, count(*), count(*) filter (where e.at <= e.due_at),
                       percentile_cont(0.5) within group (order by extract(epoch from (e.at - coalesce(
                           (select max(p.at) from appeal_event p where p.appeal_id = e.appeal_id and p.at <= e.at
                              and p.kind in ('REGISTERED', 'REDIRECTED', 'DISPUTED')), e.at))) / 86400.0)
                from appeal_event e join appeal a on a.id = e.appeal_id join country c on c.code = a.country_code
                where e.kind = 'ANSWERED' and %s
                group by a.country_code""".formatted(within("e.at")),
                rs -> {
                    String code = rs.getString(1);
                    long answered = rs.getLong(2);
                    long onTime = rs.getLong(3);
                    double median = rs.getDouble(4);
                    Double medianDays = rs.wasNull() ? null : median;
                    CountryCode.parse(code).ifPresent(c -> result.put(c, new Answers(answered, onTime, medianDays)));
                },
                from,
                to);
        return result;
    }

    /** Ratings given to answers written in the period. */
    Map<CountryCode, Ratings> ratings(LocalDate from, LocalDate to) {
        Map<CountryCode, Ratings> result = new EnumMap<>(CountryCode.class);
        jdbc.query(
                """
                select a.country_code, count(r.rating), avg(r.rating)::float8
                from appeal_reply r join appeal a on a.id = r.appeal_id join country c on c.code = a.country_code
                where r.rating is not null and %s
                group by a.country_code""".formatted(within("r.created_at")),
                rs -> {
                    String code = rs.getString(1);
                    long rated = rs.getLong(2);
                    double average = rs.getDouble(3);
                    Double mean = rs.wasNull() ? null : average;
                    CountryCode.parse(code).ifPresent(c -> result.put(c, new Ratings(rated, mean)));
                },
                from,
                to);
        return result;
    }
}
