package org.pikir.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public texts of consultations for modules that mirror them (search): published drafts with the articles
 * of their current version, and visible comments. Returns only what every visitor may read on the draft page
 * (no author, nothing hidden, nothing of an unpublished draft), so it needs no caller check.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationPublicTexts {

    /** A published draft: title and summary of its current version, and that version's articles. */
    public record PublicDraft(
            long draftId,
            CountryCode country,
            int version,
            Instant publishedAt,
            Trilingual title,
            Trilingual summary,
            List<PublicArticle> articles) {}

    /** An article of the current version; {@code ref} identifies it across versions. */
    public record PublicArticle(String ref, String number, Trilingual heading, Trilingual text) {}

    /**
     * A visible comment or reply. {@code articleNumber} is set when it is on an article of the draft's current
     * version; {@code language} is the one detected at submission (may be "und").
     */
    public record PublicComment(
            long commentId,
            long draftId,
            String articleNumber,
            CountryCode country,
            String language,
            String body,
            Instant createdAt,
            Trilingual draftTitle) {}

    private static final String DRAFT_SELECT = """
            select d.id, d.country_code, d.current_version,
                   greatest(v.published_at, coalesce(d.opens_at, v.published_at)),
                   v.title_kk, v.title_ru, v.title_en, v.summary_kk, v.summary_ru, v.summary_en, v.id
            from draft_law d join draft_version v on v.draft_id = d.id and v.number = d.current_version
            where d.status <> 'DRAFT'
            """;

    private static final String COMMENT_SELECT = """
            select c.id, c.draft_id, a.number, d.country_code, c.language, c.body, c.created_at,
                   v.title_kk, v.title_ru, v.title_en
            from consultation_comment c join draft_law d on d.id = c.draft_id
            join draft_version v on v.draft_id = d.id and v.number = d.current_version
            left join draft_article a on a.id = c.article_id and a.version_id = v.id
            where c.hidden_at is null and d.status <> 'DRAFT'
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ConsultationPublicTexts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of all published drafts, in id order. */
    public List<Long> publishedDraftIds() {
        return jdbc.queryForList(
                "select id from draft_law where status <> 'DRAFT' order by id",
                new MapSqlParameterSource(),
                Long.class);
    }

    /** The draft's public text, or empty while it is unpublished (or unknown). */
    public Optional<PublicDraft> draft(long draftId) {
        List<Object[]> head = jdbc.query(
                DRAFT_SELECT + " and d.id = :id", new MapSqlParameterSource("id", draftId), (rs, i) -> new Object[] {
                    CountryCode.valueOf(rs.getString(2).strip()),
                    rs.getInt(3),
                    instant(rs, 4),
                    trilingual(rs, 5),
                    trilingual(rs, 8),
                    rs.getLong(11)
                });
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.getFirst();
        List<PublicArticle> articles = jdbc.query(
                """
                select ref, number, heading_kk, heading_ru, heading_en, text_kk, text_ru, text_en
                from draft_article where version_id = :version order by position
                """,
                new MapSqlParameterSource("version", h[5]),
                (rs, i) -> new PublicArticle(rs.getString(1), rs.getString(2), trilingual(rs, 3), trilingual(rs, 6)));
        return Optional.of(new PublicDraft(
                draftId,
                (CountryCode) h[0],
                (Integer) h[1],
                (Instant) h[2],
                (Trilingual) h[3],
                (Trilingual) h[4],
                articles));
    }

    /** The comment if the public sees it (not hidden, on a published draft). */
    public Optional<PublicComment> comment(long commentId) {
        return jdbc
                .query(
                        COMMENT_SELECT + " and c.id = :id",
                        new MapSqlParameterSource("id", commentId),
                        ConsultationPublicTexts::comment)
                .stream()
                .findFirst();
    }

    /** Up to {@code limit} visible comments with an id above {@code afterId}, in id order (keyset paging). */
    public List<PublicComment> comments(long afterId, int limit) {
        return jdbc.query(
                COMMENT_SELECT + " and c.id > :after order by c.id limit :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", Math.max(1, Math.min(limit, 5000))),
                ConsultationPublicTexts::comment);
    }

    private static PublicComment comment(ResultSet rs, int row) throws SQLException {
        return new PublicComment(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                CountryCode.valueOf(rs.getString(4).strip()),
                rs.getString(5),
                rs.getString(6),
                instant(rs, 7),
                trilingual(rs, 8));
    }

    private static Trilingual trilingual(ResultSet rs, int first) throws SQLException {
        return Trilingual.of(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
