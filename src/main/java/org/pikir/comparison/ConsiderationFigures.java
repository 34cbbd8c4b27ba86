package org.pikir.comparison;

import static org.pikir.comparison.PeriodSql.keyedCounts;
import static org.pikir.comparison.PeriodSql.within;

import java.time.LocalDate;
import java.util.Map;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregates of the consideration feature's tables (read-only): the current outcome of each comment written
 * in the period. The feature may not be installed yet; then {@link #available()} is false and nothing is
 * counted (the view says "not available yet" rather than showing a zero).
 */
@Component
class ConsiderationFigures {

    /** The outcomes a decision can have, as stored. */
    static final java.util.List<String> OUTCOMES = java.util.List.of("ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED",
            "NOTED", "OUT_OF_SCOPE");

    private final JdbcTemplate jdbc;

    ConsiderationFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the consideration tables exist in this database. */
    boolean available() {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select to_regclass('comment_decision') is not null and to_regclass('consideration_decision') is not null""",
                Boolean.class));
    }

    /** Comments of the period that have a decision, per outcome of their current decision. */
    Map<CountryCode, Map<String, Long>> outcomes(LocalDate from, LocalDate to) {
        return keyedCounts(jdbc, """
                select d.country_code, cd.outcome, count(*) from consultation_comment x
                join draft_law d on d.id = x.draft_id join country c on c.code = d.country_code
                join comment_decision k on k.comment_id = x.id
                join consideration_decision cd on cd.id = k.decision_id
                where %s and %s group by d.country_code, cd.outcome""".formatted(ConsultationFigures.VISIBLE_COMMENT,
                within("x.created_at")), from, to);
    }
}
