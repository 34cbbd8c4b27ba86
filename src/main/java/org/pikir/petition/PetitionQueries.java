package org.pikir.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lists of petitions with their live signature counts, in SQL because sorting by count needs the tally.
 * Text search uses PostgreSQL full text ('simple' configuration, no stemming) on petition.search_vector.
 */
@Component
class PetitionQueries {

    private static final String SELECT = """
            select p.id, p.country_code, p.agency_id,
                   case when p.rejection_reason in ('OFFENSIVE', 'PERSONAL_DATA') then null else p.title end,
                   p.status, p.threshold, p.submitted_at, p.opened_at, p.closes_at, p.response_due,
                   coalesce((select sum(t.signatures) from petition_signature_tally t where t.petition_id = p.id), 0)
            from petition p
            """;
    private static final int MAX_TERMS = 12;

    private final JdbcTemplate jdbc;

    PetitionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PetitionSummary> publicList(PetitionFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = publicWhere(filter, args);
        if (where == null) {
            return List.of();
        }
        String order = switch (filter.sort()) {
            case SIGNATURES -> "11 desc, p.id desc";
            case NEWEST -> "coalesce(p.opened_at, p.submitted_at) desc, p.id desc";
            case ENDING_SOON ->
                "case when p.status in ('COLLECTING', 'THRESHOLD_REACHED') then 0 else 1 end, "
                        + "p.closes_at asc nulls last, p.id";
        };
        return page(where, order, args, offset, limit);
    }

    /** The number of petitions {@link #publicList} pages through. */
    long publicCount(PetitionFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = publicWhere(filter, args);
        if (where == null) {
            return 0;
        }
        Long n = jdbc.queryForObject("select count(*) from petition p where " + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** The condition of the public list (arguments added to {@code args}); null when nothing can match. */
    private static String publicWhere(PetitionFilter filter, List<Object> args) {
        List<String> where = new ArrayList<>(List.of("p.status <> 'PENDING'"));
        if (filter.country() != null) {
            where.add("p.country_code = ?");
            args.add(filter.country().name());
        }
        if (filter.status() != null) {
            where.add("p.status = ?");
            args.add(filter.status().name());
        }
        String query = prefixQuery(filter.text());
        if (query == null && filter.text() != null && !filter.text().isBlank()) {
            // Text without a word ("%", "***") matches no petition; it is not a wildcard for all of them.
            return null;
        }
        if (query != null) {
            where.add("p.search_vector @@ to_tsquery('simple', ?)");
            where.add("(p.rejection_reason is null or p.rejection_reason not in ('OFFENSIVE', 'PERSONAL_DATA'))");
            args.add(query);
        }
        return String.join(" and ", where);
    }

    List<PetitionSummary> pendingIn(CountryCode country, int offset, int limit) {
        return page(
                "p.status = 'PENDING' and p.country_code = ?",
                "p.submitted_at, p.id",
                List.of(country.name()),
                offset,
                limit);
    }

    List<PetitionSummary> awaitingResponse(long agencyId, int offset, int limit) {
        return page(
                "p.status = 'THRESHOLD_REACHED' and p.agency_id = ?",
                "p.response_due, p.id",
                List.of(agencyId),
                offset,
                limit);
    }

    List<PetitionSummary> byAuthor(long authorId, int offset, int limit) {
        return page("p.author_id = ?", "p.submitted_at desc, p.id desc", List.of(authorId), offset, limit);
    }

    /** Open or answered petitions of a country sharing words with the given text, best match first. */
    List<PetitionSummary> similar(CountryCode country, String text, int limit) {
        String query = anyWordQuery(text);
        if (query == null) {
            return List.of();
        }
        return jdbc.query(SELECT + """
                where p.country_code = ? and p.status in ('COLLECTING', 'THRESHOLD_REACHED', 'RESPONDED')
                  and p.search_vector @@ to_tsquery('simple', ?)
                order by ts_rank(p.search_vector, to_tsquery('simple', ?)) desc, p.id desc
                limit ?""", PetitionQueries::summary, country.name(), query, query, limit);
    }

    /** Open petitions per country (for the front page). */
    List<Object[]> openPerCountry() {
        return jdbc.query("""
                select country_code, count(*) from petition
                where status in ('COLLECTING', 'THRESHOLD_REACHED') group by country_code""", (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)});
    }

    private List<PetitionSummary> page(String where, String order, List<Object> args, int offset, int limit) {
        List<Object> all = new ArrayList<>(args);
        all.add(Math.max(1, Math.min(limit, 500)));
        all.add(Math.max(0, offset));
        return jdbc.query(
                SELECT + " where " + where + " order by " + order + " limit ? offset ?",
                PetitionQueries::summary,
                all.toArray());
    }

    /** Every word as a prefix, all required: "water tar" → water:* & tar:*. Null when no word. */
    static String prefixQuery(String text) {
        List<String> words = words(text, 1);
        return words.isEmpty() ? null : words.stream().map(w -> w + ":*").collect(Collectors.joining(" & "));
    }

    /** Words of four letters or more, any of them: a loose query for similar petitions. */
    static String anyWordQuery(String text) {
        List<String> words = words(text, 4);
        return words.isEmpty() ? null : String.join(" | ", words);
    }

    // Only letters and digits reach to_tsquery, so its operators can never be injected.
    private static List<String> words(String text, int minLength) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.codePointCount(0, w.length()) >= minLength)
                .distinct()
                .limit(MAX_TERMS)
                .toList();
    }

    private static PetitionSummary summary(ResultSet rs, int row) throws SQLException {
        return new PetitionSummary(
                rs.getLong(1),
                CountryCode.valueOf(rs.getString(2).strip()),
                rs.getLong(3),
                rs.getString(4),
                PetitionStatus.valueOf(rs.getString(5)),
                rs.getLong(11),
                rs.getInt(6),
                instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)),
                instant(rs.getTimestamp(10)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
