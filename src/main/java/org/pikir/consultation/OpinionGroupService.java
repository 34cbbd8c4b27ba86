package org.pikir.consultation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pikir.analysis.OpinionGroups.Point;
import org.pikir.analysis.OpinionGroups.Result;
import org.pikir.analysis.OpinionGroups.StatementShare;
import org.pikir.country.CountryCode;
import org.pikir.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opinion groups of a draft's comment votes as the last background computation left them (never computed on the
 * caller's thread): who may see the draft may see them; only aggregates, and only groups of at least {@link
 * #MIN_GROUP_SIZE} voters (the small-cell rule of the comparison).
 */
@Service
@Transactional(readOnly = true)
public class OpinionGroupService {

    /** Smallest group shown (and stored). */
    public static final int MIN_GROUP_SIZE = 5;

    /** A comment as it stands in a group or across groups; {@code body} is the public text. */
    public record CommentShare(
            long commentId, Long articleId, String body, String language, double groupAgree, double othersAgree) {}

    /** A group: its number (1 = largest), size and the comments that set it apart. */
    public record Group(int number, int size, List<CommentShare> distinguishing) {}

    /**
     * The groups of a draft (or an article), computed at {@code computedAt}; {@code groups} is empty when too few
     * people voted on enough comments (then the page shows why).
     */
    public record OpinionMap(
            CountryCode country,
            Instant computedAt,
            int participants,
            int votes,
            List<Group> groups,
            List<CommentShare> consensus,
            List<Point> points) {

        public boolean hasGroups() {
            return groups.size() >= 2;
        }
    }

    private final DraftLawRepository drafts;
    private final ConsultationPermissions permissions;
    private final JdbcTemplate jdbc;

    OpinionGroupService(DraftLawRepository drafts, ConsultationPermissions permissions, JdbcTemplate jdbc) {
        this.drafts = drafts;
        this.permissions = permissions;
        this.jdbc = jdbc;
    }

    /** The last computed groups of the whole draft, empty if never computed; not found if the draft is not visible. */
    public Optional<OpinionMap> forDraft(long draftId) {
        return forScope(draftId, 0);
    }

    /** The last computed groups of one article of the draft (computed only once it has enough votes). */
    public Optional<OpinionMap> forArticle(long draftId, long articleId) {
        return forScope(draftId, articleId);
    }

    /** The articles of the draft that have groups of their own. */
    public List<Long> articlesWithGroups(long draftId) {
        requireVisible(draftId);
        return jdbc.queryForList(
                "select article_id from opinion_groups where draft_id = ? and article_id <> 0 order by article_id",
                Long.class,
                draftId);
    }

    private Optional<OpinionMap> forScope(long draftId, long articleId) {
        DraftLaw draft = requireVisible(draftId);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select computed_at, participants, vote_count, result::text as result
                from opinion_groups where draft_id = ? and article_id = ?
                """, draftId, articleId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.getFirst();
        Result result = OpinionGroupRecompute.JSON.readValue((String) row.get("result"), Result.class);
        Map<Long, Comment> texts = visibleComments(draftId);
        List<Group> groups = result.groups().stream()
                .filter(g -> g.size() >= MIN_GROUP_SIZE)
                .map(g -> new Group(g.number(), g.size(), shares(g.distinguishing(), texts)))
                .toList();
        boolean shown = groups.size() >= 2;
        return Optional.of(new OpinionMap(
                draft.getCountry(),
                ((Timestamp) row.get("computed_at")).toInstant(),
                ((Number) row.get("participants")).intValue(),
                ((Number) row.get("vote_count")).intValue(),
                shown ? groups : List.of(),
                shown ? shares(result.consensus(), texts) : List.of(),
                shown ? result.points().stream().filter(p -> p.group() > 0).toList() : List.of()));
    }

    private record Comment(Long articleId, String body, String language) {}

    /** Only comments still shown on the page: one hidden since the computation drops out of the lists. */
    private Map<Long, Comment> visibleComments(long draftId) {
        Map<Long, Comment> texts = new HashMap<>();
        jdbc.query(
                "select id, article_id, body, language from consultation_comment where draft_id = ? and hidden_at is null",
                rs -> {
                    long article = rs.getLong(2);
                    texts.put(
                            rs.getLong(1),
                            new Comment(rs.wasNull() ? null : article, rs.getString(3), rs.getString(4)));
                },
                draftId);
        return texts;
    }

    private static List<CommentShare> shares(List<StatementShare> shares, Map<Long, Comment> texts) {
        return shares.stream()
                .filter(s -> texts.containsKey(s.statementId()))
                .map(s -> {
                    Comment c = texts.get(s.statementId());
                    return new CommentShare(
                            s.statementId(), c.articleId(), c.body(), c.language(), s.groupAgree(), s.othersAgree());
                })
                .toList();
    }

    private DraftLaw requireVisible(long draftId) {
        DraftLaw draft = drafts.findById(draftId).orElseThrow(NotFoundException::new);
        permissions.requireVisible(draft);
        return draft;
    }
}
