package org.pikir.comparison;

import static org.pikir.comparison.PeriodSql.counts;
import static org.pikir.comparison.PeriodSql.keyedCounts;
import static org.pikir.comparison.PeriodSql.month;
import static org.pikir.comparison.PeriodSql.monthlyCounts;
import static org.pikir.comparison.PeriodSql.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregates of the consultation feature's tables (read-only; docs/decisions/600-comparison-reads-aggregates.md).
 * Comments are the visible top-level comments: replies are conversation, hidden comments were abuse.
 */
@Component
class ConsultationFigures {

    static final String VISIBLE_COMMENT = "x.parent_id is null and x.hidden_at is null";

    private final JdbcTemplate jdbc;

    ConsultationFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Consultations whose comment window overlapped the period (opened before its end, closing after its start). */
    Map<CountryCode, Long> consultationsHeld(LocalDate from, LocalDate to) {
        return counts(jdbc, """
                select d.country_code, count(*) from draft_law d join country c on c.code = d.country_code
                where d.status <> 'DRAFT' and d.opens_at is not null
                  and d.opens_at < (cast(? as date) + 1)::timestamp at time zone c.time_zone
                  and (d.closes_at is null or d.closes_at > cast(? as date)::timestamp at time zone c.time_zone)
                group by d.country_code""", to, from);
    }

    /** Visible top-level comments written in the period. */
    Map<CountryCode, Long> comments(LocalDate from, LocalDate to) {
        return counts(jdbc, """
                select d.country_code, count(*) from consultation_comment x
                join draft_law d on d.id = x.draft_id join country c on c.code = d.country_code
                where %s and %s group by d.country_code""".formatted(VISIBLE_COMMENT, within("x.created_at")), from, to);
    }

    /** Those comments per language code. */
    Map<CountryCode, Map<String, Long>> commentLanguages(LocalDate from, LocalDate to) {
        return keyedCounts(jdbc, """
                select d.country_code, x.language, count(*) from consultation_comment x
                join draft_law d on d.id = x.draft_id join country c on c.code = d.country_code
                where %s and %s group by d.country_code, x.language""".formatted(VISIBLE_COMMENT, within("x.created_at")), from, to);
    }

    /** Those comments per month. */
    Map<CountryCode, Map<YearMonth, Long>> commentsByMonth(LocalDate from, LocalDate to) {
        return monthlyCounts(
                jdbc, """
                select d.country_code, %s, count(*) from consultation_comment x
                join draft_law d on d.id = x.draft_id join country c on c.code = d.country_code
                where %s and %s group by 1, 2""".formatted(month("x.created_at"), VISIBLE_COMMENT, within("x.created_at")), from, to);
    }
}
