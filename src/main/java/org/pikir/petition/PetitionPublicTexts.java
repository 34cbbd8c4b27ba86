package org.pikir.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pikir.country.CountryCode;
import org.pikir.shared.LanguageCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public texts of petitions for modules that mirror them (search): petitions a moderator approved, in
 * collection or after it, with the addressee's response once published. Pending and rejected petitions are
 * never returned (a rejection may hide offensive text or personal data), nor the author, so no caller check.
 */
@Service
@Transactional(readOnly = true)
public class PetitionPublicTexts {

    /** A petition as the public reads it; {@code responseText} is null until the addressee responded. */
    public record PublicPetition(
            long petitionId,
            CountryCode country,
            String title,
            String text,
            String requestedAction,
            String responseText,
            LanguageCode language,
            Instant publishedAt) {}

    /** The text of a petition that is analysed and searched: its title, a line break, its text. */
    public static String analysedText(String title, String text) {
        return title + "\n" + text;
    }

    private static final String SELECT = """
            select id, country_code, title, text, requested_action, response_text,
                   coalesce(opened_at, moderated_at, submitted_at), language
            from petition where status in ('COLLECTING', 'THRESHOLD_REACHED', 'RESPONDED', 'EXPIRED')
            """;

    private final NamedParameterJdbcTemplate jdbc;

    PetitionPublicTexts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The petition if it is public after moderation. */
    public Optional<PublicPetition> petition(long petitionId) {
        return jdbc
                .query(SELECT + " and id = :id", new MapSqlParameterSource("id", petitionId), PetitionPublicTexts::row)
                .stream()
                .findFirst();
    }

    /** Up to {@code limit} public petitions with an id above {@code afterId}, in id order (keyset paging). */
    public List<PublicPetition> petitions(long afterId, int limit) {
        return jdbc.query(
                SELECT + " and id > :after order by id limit :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", Math.max(1, Math.min(limit, 5000))),
                PetitionPublicTexts::row);
    }

    private static PublicPetition row(ResultSet rs, int i) throws SQLException {
        return new PublicPetition(
                rs.getLong(1),
                CountryCode.valueOf(rs.getString(2).strip()),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                LanguageCode.parse(rs.getString(8)).orElse(null),
                rs.getTimestamp(7).toInstant());
    }
}
