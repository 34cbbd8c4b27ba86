package org.pikir.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pikir.account.AuthorName;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.country.CountryCode;
import org.pikir.shared.LikePattern;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.PublicTextMask;
import org.pikir.shared.Roles;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public read API of consultations: the list, a draft with its articles and counts, comment pages with
 * tallies, versions and what changed between them. Each call runs a fixed number of SQL statements whatever
 * the number of comments (no N+1). Other modules (consideration, comparison) read consultations only here.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationQueries {

    /** "Closing soon" means closing within this many days. */
    public static final int CLOSING_SOON_DAYS = 3;

    private final NamedParameterJdbcTemplate jdbc;
    private final DraftLawRepository drafts;
    private final ConsultationPermissions permissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConsultationQueries(
            NamedParameterJdbcTemplate jdbc,
            DraftLawRepository drafts,
            ConsultationPermissions permissions,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Filter of the public list; null fields do not filter. */
    public record DraftFilter(
            CountryCode country,
            Long agencyId,
            PolicyArea policyArea,
            StatusFilter status,
            String text,
            DraftSort sort) {}

    /** One row of the list. */
    public record DraftSummary(
            long id,
            CountryCode country,
            long agencyId,
            Trilingual agencyName,
            PolicyArea policyArea,
            DraftStatus status,
            Trilingual title,
            Instant opensAt,
            Instant closesAt,
            int currentVersion,
            long comments) {

        /** Whether comments are accepted at this instant. */
        public boolean isOpenAt(Instant now) {
            return status == DraftStatus.OPEN && opensAt != null && !now.isBefore(opensAt) && now.isBefore(closesAt);
        }
    }

    /** An article of one version. */
    public record ArticleEntry(
            long id,
            String ref,
            int position,
            String number,
            Trilingual chapter,
            Trilingual heading,
            Trilingual text) {}

    /** A published version. */
    public record VersionInfo(int number, Instant publishedAt, String changeNote) {}

    /** One timeline entry; kind is one of CREATED, OPENED, CLOSED, VERSION_PUBLISHED, ARTICLE_CHANGED … */
    public record TimelineEntry(Instant at, String kind, int version, String detail) {}

    /** Votes on the draft and participation figures. */
    public record DraftTallies(long support, long oppose, long comments, long participants) {}

    /** What the draft page shows besides comments, and what the caller may do. */
    public record DraftDetail(
            long id,
            CountryCode country,
            long agencyId,
            Trilingual agencyName,
            PolicyArea policyArea,
            DraftStatus status,
            int currentVersion,
            Instant opensAt,
            Instant closesAt,
            Trilingual title,
            Trilingual summary,
            Trilingual note,
            List<ArticleEntry> articles,
            Map<Long, Long> commentsPerArticle,
            long generalComments,
            DraftTallies tallies,
            DraftVoteValue myVote,
            List<VersionInfo> versions,
            List<TimelineEntry> timeline,
            boolean canManage,
            boolean canParticipate,
            Optional<String> participationDenial,
            boolean canModerate,
            boolean signedIn) {}

    /**
     * A comment with its tallies; body is null when hidden (then hiddenReason says why). {@code author} and
     * {@code body} are what the caller may see: for the public the author's chosen name form (none on a hidden
     * comment) and the text with personal data masked; the author and the draft's officials and moderators see the
     * original text, officials and moderators the full name (docs/privacy.md).
     */
    public record CommentEntry(
            long id,
            Long articleId,
            Long parentId,
            long authorId,
            AuthorName author,
            String body,
            String language,
            Instant createdAt,
            Instant editedAt,
            int agree,
            int disagree,
            int pass,
            String hiddenReason,
            CommentVoteValue myVote,
            boolean mine,
            List<CommentEntry> replies) {

        public boolean hidden() {
            return hiddenReason != null;
        }
    }

    /** One page of top-level comments (with their replies), the number of top-level comments, and of all comments. */
    public record CommentPage(List<CommentEntry> items, long total, long withReplies) {}

    /** How an article differs between two versions. */
    public enum ChangeKind {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    /** One article compared between two versions (before or after is null for added/removed articles). */
    public record ArticleChange(String ref, ChangeKind kind, ArticleEntry before, ArticleEntry after) {}

    /** A comment as later modules (consideration) need it: no personal data beyond the author id. */
    public record CommentRecord(
            long id,
            long draftId,
            int versionNumber,
            Long articleId,
            String articleNumber,
            Long parentId,
            long authorId,
            String body,
            String language,
            Instant createdAt,
            int agree,
            int disagree,
            int pass,
            boolean hidden) {}

    /** A reported comment waiting for a moderator. */
    public record ReportedComment(
            long commentId,
            long draftId,
            Trilingual draftTitle,
            String body,
            String authorName,
            Instant createdAt,
            long reports,
            String reasons,
            boolean hidden) {}

    /** A page of the public list (published drafts, plus the caller's agency's unpublished ones). */
    public List<DraftSummary> search(DraftFilter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        String order = switch (filter.sort() == null ? DraftSort.NEWEST : filter.sort()) {
            case NEWEST -> "coalesce(d.opens_at, d.created_at) desc, d.id desc";
            case CLOSING_SOONEST ->
                "case when d.status = 'OPEN' and d.closes_at > :now then 0 else 1 end, d.closes_at asc nulls last, d.id";
            case MOST_COMMENTED -> "comments desc, d.id desc";
        };
        params.addValue("limit", Math.max(1, Math.min(limit, 200))).addValue("offset", Math.max(0, offset));
        return jdbc.query(
                """
                select d.id, d.country_code, d.agency_id, a.name_kk, a.name_ru, a.name_en, d.policy_area, d.status,
                       v.title_kk, v.title_ru, v.title_en, d.opens_at, d.closes_at, d.current_version,
                       (select count(*) from consultation_comment c where c.draft_id = d.id) as comments
                from draft_law d
                join agency a on a.id = d.agency_id
                join draft_version v on v.draft_id = d.id and v.number = d.current_version
                """ + where + " order by " + order + " limit :limit offset :offset",
                params,
                (rs, i) -> new DraftSummary(
                        rs.getLong(1),
                        CountryCode.valueOf(rs.getString(2).strip()),
                        rs.getLong(3),
                        new Trilingual(rs.getString(4), rs.getString(5), rs.getString(6)),
                        PolicyArea.valueOf(rs.getString(7)),
                        DraftStatus.valueOf(rs.getString(8)),
                        new Trilingual(rs.getString(9), rs.getString(10), rs.getString(11)),
                        instant(rs, 12),
                        instant(rs, 13),
                        rs.getInt(14),
                        rs.getLong(15)));
    }

    /** Number of drafts matching the filter. */
    public long count(DraftFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        Long n = jdbc.queryForObject("""
                select count(*) from draft_law d join draft_version v on v.draft_id = d.id and v.number = d.current_version
                """ + where, params, Long.class);
        return n == null ? 0 : n;
    }

    private String where(DraftFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder(" where (d.status <> 'DRAFT' or d.agency_id = :myAgency)");
        Long myAgency = currentUser
                .get()
                .filter(u -> u.hasRole(Role.OFFICIAL))
                .map(PikirUser::agencyId)
                .orElse(-1L);
        Instant now = clock.instant();
        params.addValue("myAgency", myAgency).addValue("now", Timestamp.from(now));
        if (filter.country() != null) {
            sql.append(" and d.country_code = :country");
            params.addValue("country", filter.country().name());
        }
        if (filter.agencyId() != null) {
            sql.append(" and d.agency_id = :agency");
            params.addValue("agency", filter.agencyId());
        }
        if (filter.policyArea() != null) {
            sql.append(" and d.policy_area = :area");
            params.addValue("area", filter.policyArea().name());
        }
        switch (filter.status() == null ? StatusFilter.ALL : filter.status()) {
            case OPEN -> sql.append(" and d.status = 'OPEN' and d.opens_at <= :now and d.closes_at > :now");
            case CLOSING_SOON -> {
                sql.append(
                        " and d.status = 'OPEN' and d.opens_at <= :now and d.closes_at > :now and d.closes_at <= :soon");
                params.addValue("soon", Timestamp.from(now.plus(Duration.ofDays(CLOSING_SOON_DAYS))));
            }
            case CLOSED ->
                sql.append(" and (d.status in ('CLOSED', 'NEW_VERSION_PUBLISHED', 'ADOPTED', 'WITHDRAWN')"
                        + " or d.status = 'OPEN' and d.closes_at <= :now)");
            case ALL -> {}
        }
        String like = LikePattern.contains(filter.text());
        if (!like.isEmpty()) {
            sql.append(
                    " and (lower(coalesce(v.title_kk, '') || ' ' || coalesce(v.title_ru, '') || ' ' || coalesce(v.title_en, '')"
                            + " || ' ' || coalesce(v.summary_kk, '') || ' ' || coalesce(v.summary_ru, '') || ' ' || coalesce(v.summary_en, ''))"
                            + " like :text)");
            params.addValue("text", like);
        }
        return sql.toString();
    }

    /** Whether the draft exists for the caller (one row read), without building its page. */
    public boolean isVisible(long draftId) {
        return drafts.findById(draftId).map(permissions::canView).orElse(false);
    }

    /** The draft page: header, current articles, counts, versions, timeline and the caller's possibilities. */
    public DraftDetail draft(long draftId) {
        DraftLaw draft = drafts.findById(draftId).orElseThrow(NotFoundException::new);
        permissions.requireVisible(draft);
        MapSqlParameterSource p =
                new MapSqlParameterSource("id", draftId).addValue("version", draft.getCurrentVersion());
        Object[] header = jdbc.queryForObject("""
                select a.name_kk, a.name_ru, a.name_en, v.title_kk, v.title_ru, v.title_en, v.summary_kk, v.summary_ru,
                       v.summary_en, v.note_kk, v.note_ru, v.note_en
                from draft_law d join agency a on a.id = d.agency_id
                join draft_version v on v.draft_id = d.id and v.number = :version where d.id = :id
                """, p, (rs, i) -> new Object[] {
            new Trilingual(rs.getString(1), rs.getString(2), rs.getString(3)),
            new Trilingual(rs.getString(4), rs.getString(5), rs.getString(6)),
            new Trilingual(rs.getString(7), rs.getString(8), rs.getString(9)),
            new Trilingual(rs.getString(10), rs.getString(11), rs.getString(12))
        });
        List<ArticleEntry> articles = articles(draftId, draft.getCurrentVersion());
        Map<Long, Long> perArticle = new HashMap<>();
        long[] general = {0};
        jdbc.query(
                "select article_id, count(*) from consultation_comment where draft_id = :id group by article_id",
                p,
                rs -> {
                    long articleId = rs.getLong(1);
                    if (rs.wasNull()) {
                        general[0] = rs.getLong(2);
                    } else {
                        perArticle.put(articleId, rs.getLong(2));
                    }
                });
        DraftTallies tallies = tallies(draftId);
        DraftVoteValue myVote = null;
        Optional<PikirUser> me = currentUser.get();
        if (me.isPresent()) {
            List<String> votes = jdbc.queryForList(
                    "select value from draft_vote where draft_id = :id and account_id = :me",
                    p.addValue("me", me.get().accountId()),
                    String.class);
            myVote = votes.isEmpty() ? null : DraftVoteValue.valueOf(votes.getFirst());
        }
        List<VersionInfo> versions = jdbc.query(
                "select number, published_at, change_note from draft_version where draft_id = :id order by number",
                p,
                (rs, i) -> new VersionInfo(rs.getInt(1), instant(rs, 2), rs.getString(3)));
        List<TimelineEntry> timeline = jdbc.query(
                "select at, kind, version_number, detail from draft_event where draft_id = :id order by at, id",
                p,
                (rs, i) -> new TimelineEntry(instant(rs, 1), rs.getString(2), rs.getInt(3), rs.getString(4)));
        Optional<String> denial = permissions.participationDenial(draft);
        return new DraftDetail(
                draftId,
                draft.getCountry(),
                draft.getAgencyId(),
                (Trilingual) header[0],
                draft.getPolicyArea(),
                draft.getStatus(),
                draft.getCurrentVersion(),
                draft.getOpensAt(),
                draft.getClosesAt(),
                (Trilingual) header[1],
                (Trilingual) header[2],
                (Trilingual) header[3],
                articles,
                perArticle,
                general[0],
                tallies,
                myVote,
                versions,
                timeline,
                permissions.canManage(draft),
                denial.isEmpty(),
                denial,
                permissions.canModerate(draft),
                me.isPresent());
    }

    /** Articles of one version in order. */
    public List<ArticleEntry> articles(long draftId, int versionNumber) {
        requireVisible(draftId);
        return jdbc.query(
                """
                select a.id, a.ref, a.position, a.number, a.chapter_kk, a.chapter_ru, a.chapter_en, a.heading_kk,
                       a.heading_ru, a.heading_en, a.text_kk, a.text_ru, a.text_en
                from draft_article a join draft_version v on v.id = a.version_id
                where v.draft_id = :id and v.number = :version order by a.position
                """,
                new MapSqlParameterSource("id", draftId).addValue("version", versionNumber),
                (rs, i) -> new ArticleEntry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        new Trilingual(rs.getString(5), rs.getString(6), rs.getString(7)),
                        new Trilingual(rs.getString(8), rs.getString(9), rs.getString(10)),
                        new Trilingual(rs.getString(11), rs.getString(12), rs.getString(13))));
    }

    /** Support/oppose votes, comments and distinct participants of a draft. */
    public DraftTallies tallies(long draftId) {
        return jdbc.queryForObject(
                """
                select (select count(*) from draft_vote where draft_id = :id and value = 'SUPPORT'),
                       (select count(*) from draft_vote where draft_id = :id and value = 'OPPOSE'),
                       (select count(*) from consultation_comment where draft_id = :id),
                       (select count(*) from (select author_id from consultation_comment where draft_id = :id
                                              union select account_id from draft_vote where draft_id = :id) p)
                """,
                new MapSqlParameterSource("id", draftId),
                (rs, i) -> new DraftTallies(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    /**
     * A page of top-level comments on an article (or on the draft as a whole when articleId is null), each with
     * its replies, tallies and the caller's own vote.
     */
    public CommentPage comments(long draftId, Long articleId, CommentSort sort, int offset, int limit) {
        requireVisible(draftId);
        MapSqlParameterSource p = new MapSqlParameterSource("id", draftId)
                .addValue("limit", Math.max(1, Math.min(limit, 100)))
                .addValue("offset", Math.max(0, offset));
        String scope = articleId == null ? "c.article_id is null" : "c.article_id = :article";
        if (articleId != null) {
            p.addValue("article", articleId);
        }
        String order = switch (sort == null ? CommentSort.NEWEST : sort) {
            case NEWEST -> "c.created_at desc, c.id desc";
            case MOST_AGREED -> "c.agree_count desc, c.disagree_count asc, c.created_at desc, c.id desc";
            // Polis-style: most votes on both sides first
            case MOST_DIVISIVE ->
                "least(c.agree_count, c.disagree_count) desc, c.agree_count + c.disagree_count desc, c.id desc";
        };
        RowMapper<CommentEntry> mapper = comment(viewer(draftId));
        List<CommentEntry> top = jdbc.query(
                COMMENT_SELECT + " where c.draft_id = :id and c.parent_id is null and " + scope + " order by " + order
                        + " limit :limit offset :offset",
                p,
                mapper);
        // replies carry their thread's article, so one scan gives both numbers
        long[] counts = jdbc.queryForObject(
                "select count(*) filter (where c.parent_id is null), count(*)"
                        + " from consultation_comment c where c.draft_id = :id and " + scope,
                p,
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        if (top.isEmpty()) {
            return new CommentPage(List.of(), counts[0], counts[1]);
        }
        List<Long> ids = top.stream().map(CommentEntry::id).toList();
        List<CommentEntry> replies = jdbc.query(
                COMMENT_SELECT + " where c.parent_id in (:ids) order by c.created_at, c.id",
                new MapSqlParameterSource("ids", ids),
                mapper);
        List<Long> all = new ArrayList<>(ids);
        replies.forEach(r -> all.add(r.id()));
        Map<Long, CommentVoteValue> myVotes = myVotes(all);
        long me = currentUser.get().map(PikirUser::accountId).orElse(-1L);
        Map<Long, List<CommentEntry>> byParent = new LinkedHashMap<>();
        for (CommentEntry r : replies) {
            byParent.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(personalise(r, myVotes, me, List.of()));
        }
        List<CommentEntry> items = top.stream()
                .map(c -> personalise(c, myVotes, me, byParent.getOrDefault(c.id(), List.of())))
                .toList();
        return new CommentPage(items, counts[0], counts[1]);
    }

    /** Comments the caller wrote in a draft (top-level and replies), newest first. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<CommentEntry> myComments(long draftId) {
        requireVisible(draftId);
        long me = currentUser.require().accountId();
        List<CommentEntry> mine = jdbc.query(
                COMMENT_SELECT + " where c.draft_id = :id and c.author_id = :me"
                        + " order by c.created_at desc limit 200",
                new MapSqlParameterSource("id", draftId).addValue("me", me),
                comment(viewer(draftId)));
        return mine.stream().map(c -> personalise(c, Map.of(), me, List.of())).toList();
    }

    /** Every article compared between two versions of a draft, in the order of the newer one (removed ones last). */
    public List<ArticleChange> changes(long draftId, int fromVersion, int toVersion) {
        List<ArticleEntry> before = articles(draftId, fromVersion);
        List<ArticleEntry> after = articles(draftId, toVersion);
        Map<String, ArticleEntry> old = new LinkedHashMap<>();
        before.forEach(a -> old.put(a.ref(), a));
        List<ArticleChange> result = new ArrayList<>();
        for (ArticleEntry a : after) {
            ArticleEntry b = old.remove(a.ref());
            if (b == null) {
                result.add(new ArticleChange(a.ref(), ChangeKind.ADDED, null, a));
            } else {
                boolean same = b.number().equals(a.number())
                        && b.heading().equals(a.heading())
                        && b.text().equals(a.text())
                        && b.chapter().equals(a.chapter());
                result.add(new ArticleChange(a.ref(), same ? ChangeKind.UNCHANGED : ChangeKind.CHANGED, b, a));
            }
        }
        old.values().forEach(b -> result.add(new ArticleChange(b.ref(), ChangeKind.REMOVED, b, null)));
        return result;
    }

    /** All comments of a draft with article number, language and tallies (for consideration and reports). */
    public List<CommentRecord> commentsOfDraft(long draftId) {
        requireVisible(draftId);
        return jdbc.query(
                """
                select c.id, c.draft_id, c.version_number, c.article_id, a.number, c.parent_id, c.author_id, c.body,
                       c.language, c.created_at, c.agree_count, c.disagree_count, c.pass_count, c.hidden_at is not null
                from consultation_comment c left join draft_article a on a.id = c.article_id
                where c.draft_id = :id order by c.id
                """,
                new MapSqlParameterSource("id", draftId),
                (rs, i) -> new CommentRecord(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        nullableLong(rs, 4),
                        rs.getString(5),
                        nullableLong(rs, 6),
                        rs.getLong(7),
                        rs.getString(8),
                        rs.getString(9),
                        instant(rs, 10),
                        rs.getInt(11),
                        rs.getInt(12),
                        rs.getInt(13),
                        rs.getBoolean(14)));
    }

    /**
     * A page of all comments of a draft, replies included, oldest first, as the public sees them whoever calls (for
     * the open-data API and its CSV).
     */
    public List<CommentEntry> allComments(long draftId, int offset, int limit) {
        requireVisible(draftId);
        return jdbc.query(
                COMMENT_SELECT + " where c.draft_id = :id order by c.id limit :limit offset :offset",
                new MapSqlParameterSource("id", draftId)
                        .addValue("limit", Math.max(1, Math.min(limit, 500)))
                        .addValue("offset", Math.max(0, offset)),
                comment(Viewer.PUBLIC));
    }

    /** Number of all comments of a draft, replies included (what {@link #allComments} pages through). */
    public long countAllComments(long draftId) {
        requireVisible(draftId);
        Long n = jdbc.queryForObject(
                "select count(*) from consultation_comment where draft_id = :id",
                new MapSqlParameterSource("id", draftId),
                Long.class);
        return n == null ? 0 : n;
    }

    /** Comments with open reports in the moderator's country (all countries for administrators). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<ReportedComment> openReports(int offset, int limit) {
        PikirUser me = currentUser.require();
        MapSqlParameterSource p = new MapSqlParameterSource("limit", Math.max(1, Math.min(limit, 100)))
                .addValue("offset", Math.max(0, offset));
        String countryFilter;
        if (me.hasRole(Role.ADMIN)) {
            countryFilter = "";
        } else if (me.hasRole(Role.MODERATOR) && me.moderatorCountry() != null) {
            countryFilter = " and d.country_code = :country";
            p.addValue("country", me.moderatorCountry().name());
        } else {
            throw new org.pikir.shared.DomainException("error.accessDenied");
        }
        return jdbc.query(
                """
                select c.id, c.draft_id, v.title_kk, v.title_ru, v.title_en, c.body, u.display_name, c.created_at,
                       count(r.id), string_agg(distinct r.reason, ','), c.hidden_at is not null
                from comment_report r join consultation_comment c on c.id = r.comment_id
                join draft_law d on d.id = c.draft_id
                join draft_version v on v.draft_id = d.id and v.number = d.current_version
                join user_account u on u.id = c.author_id
                where r.resolved_at is null""" + countryFilter + """
                 group by c.id, v.title_kk, v.title_ru, v.title_en, u.display_name
                order by min(r.created_at) limit :limit offset :offset
                """,
                p,
                (rs, i) -> new ReportedComment(
                        rs.getLong(1),
                        rs.getLong(2),
                        new Trilingual(rs.getString(3), rs.getString(4), rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        instant(rs, 8),
                        rs.getLong(9),
                        rs.getString(10),
                        rs.getBoolean(11)));
    }

    /** Open consultations per country (for the front page). */
    public Map<CountryCode, Long> openPerCountry() {
        Map<CountryCode, Long> result = new java.util.EnumMap<>(CountryCode.class);
        jdbc.query("""
                select country_code, count(*) from draft_law
                where status = 'OPEN' and opens_at <= :now and closes_at > :now group by country_code
                """, new MapSqlParameterSource("now", Timestamp.from(clock.instant())), rs -> {
            result.put(CountryCode.valueOf(rs.getString(1).strip()), rs.getLong(2));
        });
        return result;
    }

    private static final String COMMENT_SELECT = """
            select c.id, c.article_id, c.parent_id, c.author_id, u.display_name, c.body, c.language, c.created_at,
                   c.edited_at, c.agree_count, c.disagree_count, c.pass_count, c.hidden_reason, u.name_display,
                   u.residence_country
            from consultation_comment c join user_account u on u.id = c.author_id
            """;

    /** Who reads comments: an account id (-1 for nobody) and whether they manage or moderate the draft. */
    private record Viewer(long accountId, boolean privileged) {
        static final Viewer PUBLIC = new Viewer(-1, false);
    }

    private Viewer viewer(long draftId) {
        long me = currentUser.get().map(PikirUser::accountId).orElse(-1L);
        if (me < 0) {
            return Viewer.PUBLIC;
        }
        boolean privileged = drafts.findById(draftId)
                .map(d -> permissions.canManage(d) || permissions.canModerate(d))
                .orElse(false);
        return new Viewer(me, privileged);
    }

    private static RowMapper<CommentEntry> comment(Viewer viewer) {
        return (rs, row) -> comment(rs, viewer);
    }

    private static CommentEntry comment(ResultSet rs, Viewer viewer) throws SQLException {
        String hiddenReason = rs.getString(13);
        long authorId = rs.getLong(4);
        String displayName = rs.getString(5);
        AuthorName author;
        if (viewer.privileged()) {
            author = new AuthorName(displayName, null);
        } else if (hiddenReason != null) {
            author = AuthorName.NONE;
        } else {
            author = AuthorName.of(displayName, rs.getString(14), rs.getString(15));
        }
        String body = rs.getString(6);
        if (hiddenReason != null) {
            body = null;
        } else if (!viewer.privileged() && viewer.accountId() != authorId) {
            body = PublicTextMask.mask(body);
        }
        return new CommentEntry(
                rs.getLong(1),
                nullableLong(rs, 2),
                nullableLong(rs, 3),
                authorId,
                author,
                body,
                rs.getString(7),
                instant(rs, 8),
                instant(rs, 9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getInt(12),
                hiddenReason,
                null,
                false,
                List.of());
    }

    private static CommentEntry personalise(
            CommentEntry c, Map<Long, CommentVoteValue> votes, long me, List<CommentEntry> replies) {
        return new CommentEntry(
                c.id(),
                c.articleId(),
                c.parentId(),
                c.authorId(),
                c.author(),
                c.body(),
                c.language(),
                c.createdAt(),
                c.editedAt(),
                c.agree(),
                c.disagree(),
                c.pass(),
                c.hiddenReason(),
                votes.get(c.id()),
                c.authorId() == me,
                replies);
    }

    private Map<Long, CommentVoteValue> myVotes(List<Long> commentIds) {
        Optional<PikirUser> me = currentUser.get();
        Map<Long, CommentVoteValue> votes = new HashMap<>();
        if (me.isEmpty() || commentIds.isEmpty()) {
            return votes;
        }
        jdbc.query(
                "select comment_id, value from comment_vote where account_id = :me and comment_id in (:ids)",
                new MapSqlParameterSource("me", me.get().accountId()).addValue("ids", commentIds),
                rs -> {
                    votes.put(rs.getLong(1), CommentVoteValue.valueOf(rs.getString(2)));
                });
        return votes;
    }

    private void requireVisible(long draftId) {
        List<Object[]> rows = jdbc.query(
                "select status, agency_id from draft_law where id = :id",
                new MapSqlParameterSource("id", draftId),
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)});
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        if ("DRAFT".equals(rows.getFirst()[0])) {
            long agency = (Long) rows.getFirst()[1];
            boolean manager = currentUser
                    .get()
                    .map(u -> u.hasRole(Role.OFFICIAL) && u.agencyId() != null && u.agencyId() == agency)
                    .orElse(false);
            if (!manager) {
                throw new NotFoundException();
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
