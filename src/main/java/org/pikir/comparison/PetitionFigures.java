package org.pikir.comparison;

import static org.pikir.comparison.PeriodSql.counts;
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

/** Aggregates of the petition feature's tables (read-only). Signatures are counted from their rows. */
@Component
class PetitionFigures {

    /** Responses given in the period to petitions that had a response deadline, and how many by it. */
    record Responses(long responded, long onTime) {}

    private final JdbcTemplate jdbc;

    PetitionFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Petitions submitted in the period (whatever moderation decided later). */
    Map<CountryCode, Long> petitions(LocalDate from, LocalDate to) {
        return counts(jdbc, """
                select p.country_code, count(*) from petition p join country c on c.code = p.country_code
                where %s group by p.country_code""".formatted(within("p.submitted_at")), from, to);
    }

    /** Signatures given in the period. */
    Map<CountryCode, Long> signatures(LocalDate from, LocalDate to) {
        return counts(jdbc, """
                select p.country_code, count(*) from petition_signature s join petition p on p.id = s.petition_id
                join country c on c.code = p.country_code
                where %s group by p.country_code""".formatted(within("s.signed_at")), from, to);
    }

    /** Petitions submitted per month. */
    Map<CountryCode, Map<YearMonth, Long>> petitionsByMonth(LocalDate from, LocalDate to) {
        return monthlyCounts(jdbc, """
                select p.country_code, %s, count(*) from petition p join country c on c.code = p.country_code
                where %s group by 1, 2""".formatted(month("p.submitted_at"), within("p.submitted_at")), from, to);
    }

    /** Signatures per month. */
    Map<CountryCode, Map<YearMonth, Long>> signaturesByMonth(LocalDate from, LocalDate to) {
        return monthlyCounts(jdbc, """
                select p.country_code, %s, count(*) from petition_signature s join petition p on p.id = s.petition_id
                join country c on c.code = p.country_code
                where %s group by 1, 2""".formatted(month("s.signed_at"), within("s.signed_at")), from, to);
    }

    /** Responses given in the period and how many came by the response deadline. */
    Map<CountryCode, Responses> responses(LocalDate from, LocalDate to) {
        Map<CountryCode, Responses> result = new EnumMap<>(CountryCode.class);
        jdbc.query(
                """
                select p.country_code, count(*), count(*) filter (where p.responded_at <= p.response_due)
                from petition p join country c on c.code = p.country_code
                where p.responded_at is not null and p.response_due is not null and %s
                group by p.country_code""".formatted(within("p.responded_at")),
                rs -> {
                    String code = rs.getString(1);
                    long responded = rs.getLong(2);
                    long onTime = rs.getLong(3);
                    CountryCode.parse(code).ifPresent(c -> result.put(c, new Responses(responded, onTime)));
                },
                from,
                to);
        return result;
    }
}
