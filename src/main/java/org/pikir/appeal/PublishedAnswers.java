package org.pikir.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pikir.country.CountryCode;
import org.pikir.country.LocalizedName;
import org.pikir.shared.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to appeals whose authors chose "publish anonymised", once answered: the agency's latest answer with the
 * citizen's identifying data removed ({@link AnswerAnonymiser}). Nothing of the citizen is returned — no name,
 * subject, text, number or attachment. Every other appeal does not exist here (not found), whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class PublishedAnswers {

    /** A published answer as anyone may read it. */
    public record PublishedAnswer(
            long appealId,
            CountryCode country,
            long agencyId,
            LocalizedName agencyName,
            AppealType type,
            String text,
            Instant answeredAt) {}

    private static final String SELECT = """
            select a.id, a.country_code, r.agency_id, g.name_kk, g.name_ru, g.name_en, a.type, r.text, r.created_at,
                   u.display_name, u.email, a.number
            from appeal a
            join lateral (select agency_id, text, created_at from appeal_reply where appeal_id = a.id
                          order by created_at desc, id desc limit 1) r on true
            join agency g on g.id = r.agency_id
            join user_account u on u.id = a.author_id
            where a.publish_anonymised and a.status = 'ANSWERED'
            """;

    private final NamedParameterJdbcTemplate jdbc;

    PublishedAnswers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The published answer for the public page; not found unless published anonymised and answered. */
    public PublishedAnswer answer(long appealId) {
        return find(appealId).orElseThrow(NotFoundException::new);
    }

    /** The published answer, if there is one. */
    public Optional<PublishedAnswer> find(long appealId) {
        return jdbc
                .query(SELECT + " and a.id = :id", new MapSqlParameterSource("id", appealId), PublishedAnswers::row)
                .stream()
                .findFirst();
    }

    /** Up to {@code limit} published answers with an appeal id above {@code afterId}, in id order (keyset paging). */
    public List<PublishedAnswer> answers(long afterId, int limit) {
        return jdbc.query(
                SELECT + " and a.id > :after order by a.id limit :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", Math.max(1, Math.min(limit, 5000))),
                PublishedAnswers::row);
    }

    private static PublishedAnswer row(ResultSet rs, int i) throws SQLException {
        String text = AnswerAnonymiser.anonymise(rs.getString(8), rs.getString(10), rs.getString(11), rs.getString(12));
        return new PublishedAnswer(
                rs.getLong(1),
                CountryCode.valueOf(rs.getString(2).strip()),
                rs.getLong(3),
                new LocalizedName(rs.getString(4), rs.getString(5), rs.getString(6)),
                AppealType.valueOf(rs.getString(7)),
                text,
                rs.getTimestamp(9).toInstant());
    }
}
