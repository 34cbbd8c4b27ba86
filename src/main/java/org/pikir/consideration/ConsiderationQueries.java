package org.pikir.consideration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.CommentClusters.TopicCluster;
import org.pikir.consideration.Workspace.Filter;
import org.pikir.consideration.Workspace.Group;
import org.pikir.consideration.Workspace.GroupKind;
import org.pikir.consideration.Workspace.Item;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.CommentRecord;
import org.pikir.consultation.ConsultationQueries.DraftDetail;
import org.pikir.consultation.DraftStatus;
import org.pikir.consultation.Trilingual;
import org.pikir.shared.DomainException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of consideration: the officials' workspace, the audit trail, public reports, a citizen's decisions. */
@Service
@Transactional(readOnly = true)
public class ConsiderationQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final ConsultationQueries consultations;
    private final ClusterLookup clusters;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConsiderationQueries(
            NamedParameterJdbcTemplate jdbc,
            ConsultationQueries consultations,
            ClusterLookup clusters,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A linked article: its number and the version it belongs to. */
    public record LinkedArticle(long articleId, String number, int version) {}

    /** One entry of the audit trail. */
    public record AuditEntry(
            long id, Instant at, String actorName, String action, Long commentId, String before, String after) {}

    /** A row of the public report: one current decision and how many comments carry it. */
    public record ReportRow(
            long decisionId,
            DecisionLevel level,
            String label,
            long comments,
            Outcome outcome,
            String reason,
            Instant decidedAt,
            List<LinkedArticle> articles,
            boolean revised) {}

    /** The public consideration report of a closed consultation. */
    public record Report(
            long draftId,
            Trilingual title,
            DraftStatus status,
            Instant closedAt,
            long comments,
            long considered,
            List<ReportRow> rows) {}

    /** A citizen's own comment with what was decided on it (outcome null while undecided). */
    public record MyComment(
            long commentId,
            long draftId,
            Trilingual draftTitle,
            String articleNumber,
            String body,
            Instant createdAt,
            Outcome outcome,
            String reason,
            Instant decidedAt,
            List<LinkedArticle> articles) {}

    /** The decision a comment currently carries, as the public sees it. */
    public record CommentDecision(
            long commentId,
            Outcome outcome,
            DecisionLevel via,
            String reason,
            Instant decidedAt,
            List<LinkedArticle> articles) {}

    /** Drafts the calling official's agency may consider (published, newest first). */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public List<ConsultationQueries.DraftSummary> myAgencyDrafts() {
        PikirUser me = currentUser.require();
        if (me.agencyId() == null) {
            return List.of();
        }
        return consultations
                .search(new ConsultationQueries.DraftFilter(null, me.agencyId(), null, null, null, null), 0, 200)
                .stream()
                .filter(d -> d.status() != DraftStatus.DRAFT)
                .toList();
    }

    /** The workspace tree of a draft for an official of its agency, filtered. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public Workspace workspace(long draftId, Filter filter) {
        DraftDetail draft = requireDrafter(draftId);
        List<CommentRecord> comments = consultations.commentsOfDraft(draftId).stream()
                .filter(c -> !c.hidden())
                .toList();
        Map<Long, Object[]> decisions = new HashMap<>();
        if (!comments.isEmpty()) {
            jdbc.query("""
                    select cd.comment_id, d.outcome, cd.via, cd.needs_own_look, d.reason
                    from comment_decision cd join consideration_decision d on d.id = cd.decision_id
                    where cd.draft_id = :draft""", new MapSqlParameterSource("draft", draftId), rs -> {
                decisions.put(rs.getLong(1), new Object[] {
                    Outcome.valueOf(rs.getString(2)),
                    DecisionLevel.valueOf(rs.getString(3)),
                    rs.getBoolean(4),
                    rs.getString(5)
                });
            });
        }
        DraftClusters found = clusters.forDraft(draftId);
        Set<String> decidedTargets = new HashSet<>(jdbc.queryForList(
                "select level || ':' || target_key from consideration_decision where draft_id = :draft",
                new MapSqlParameterSource("draft", draftId),
                String.class));
        Set<Long> withAdditions = new HashSet<>();
        found.campaigns().forEach(c -> withAdditions.addAll(c.membersWithAdditions()));
        Map<Long, Item> items = new LinkedHashMap<>();
        for (CommentRecord c : comments) {
            Object[] d = decisions.get(c.id());
            items.put(
                    c.id(),
                    new Item(
                            c.id(),
                            c.articleId(),
                            c.articleNumber(),
                            c.body(),
                            c.language(),
                            c.agree(),
                            c.disagree(),
                            c.createdAt(),
                            d == null ? null : (Outcome) d[0],
                            d == null ? null : (DecisionLevel) d[1],
                            d != null && (Boolean) d[2],
                            d == null ? null : (String) d[3],
                            withAdditions.contains(c.id())));
        }
        Set<Long> placed = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        for (CampaignCluster campaign : found.campaigns()) {
            groups.add(new Group(
                    GroupKind.CAMPAIGN,
                    campaign.key(),
                    campaign.template(),
                    take(campaign.memberIds(), items, placed),
                    campaign.additions(),
                    decidedTargets.contains("CAMPAIGN:" + campaign.key())));
        }
        for (TopicCluster topic : found.topics()) {
            groups.add(new Group(
                    GroupKind.TOPIC,
                    topic.key(),
                    topic.label(),
                    take(topic.commentIds(), items, placed),
                    List.of(),
                    decidedTargets.contains("TOPIC:" + topic.key())));
        }
        List<Item> rest =
                items.values().stream().filter(i -> !placed.contains(i.id())).toList();
        if (!rest.isEmpty()) {
            groups.add(new Group(GroupKind.UNCLUSTERED, null, null, rest, List.of(), false));
        }
        List<Group> filtered = groups.stream()
                .map(g -> applyFilter(g, filter))
                .filter(g -> !g.items().isEmpty())
                .toList();
        return new Workspace(
                draftId,
                draft.title(),
                filtered,
                articlesOfAllVersions(draft),
                !found.campaigns().isEmpty() || !found.topics().isEmpty());
    }

    /** The audit trail of a draft's consideration, newest first, for officials of its agency. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public List<AuditEntry> auditTrail(long draftId, int offset, int limit) {
        requireDrafter(draftId);
        return jdbc.query(
                """
                select a.id, a.at, u.display_name, a.action, a.comment_id, a.before, a.after
                from consideration_audit a join user_account u on u.id = a.actor_id
                where a.draft_id = :draft order by a.at desc, a.id desc limit :limit offset :offset
                """,
                new MapSqlParameterSource("draft", draftId)
                        .addValue("limit", Math.max(1, Math.min(limit, 500)))
                        .addValue("offset", Math.max(0, offset)),
                (rs, i) -> new AuditEntry(
                        rs.getLong(1),
                        instant(rs, 2),
                        rs.getString(3),
                        rs.getString(4),
                        nullableLong(rs, 5),
                        rs.getString(6),
                        rs.getString(7)));
    }

    /** Whether the public report of a draft is available (its consultation has closed). */
    public boolean reportAvailable(long draftId) {
        List<Boolean> closed = jdbc.queryForList(
                """
                select status in ('CLOSED', 'NEW_VERSION_PUBLISHED', 'ADOPTED')
                    or (status = 'OPEN' and closes_at <= :now) from draft_law where id = :id""",
                new MapSqlParameterSource("id", draftId).addValue("now", Timestamp.from(clock.instant())),
                Boolean.class);
        return !closed.isEmpty() && closed.getFirst();
    }

    /** The public consideration report of a closed consultation (no sign-in needed). */
    public Report report(long draftId) {
        if (!reportAvailable(draftId)) {
            throw new NotFoundException();
        }
        DraftDetail draft = consultations.draft(draftId);
        MapSqlParameterSource p = new MapSqlParameterSource("draft", draftId);
        Map<Long, List<LinkedArticle>> links = links(p, "d.draft_id = :draft");
        List<ReportRow> rows = jdbc.query(
                """
                select d.id, d.level, d.target_label, count(cd.comment_id), d.outcome, d.reason, d.decided_at,
                       d.supersedes is not null
                from consideration_decision d
                join comment_decision cd on cd.decision_id = d.id
                join consultation_comment c on c.id = cd.comment_id and c.hidden_at is null
                where d.draft_id = :draft
                group by d.id order by count(cd.comment_id) desc, d.id
                """,
                p,
                (rs, i) -> new ReportRow(
                        rs.getLong(1),
                        DecisionLevel.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getLong(4),
                        Outcome.valueOf(rs.getString(5)),
                        rs.getString(6),
                        instant(rs, 7),
                        links.getOrDefault(rs.getLong(1), List.of()),
                        rs.getBoolean(8)));
        long[] counts = jdbc.queryForObject("""
                select count(*), count(cd.comment_id) from consultation_comment c
                left join comment_decision cd on cd.comment_id = c.id
                where c.draft_id = :draft and c.hidden_at is null""", p, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        return new Report(draftId, draft.title(), draft.status(), draft.closesAt(), counts[0], counts[1], rows);
    }

    /** Closed consultations that have a public report, newest first. */
    public List<ConsultationQueries.DraftSummary> closedConsultations(int offset, int limit) {
        return consultations.search(
                new ConsultationQueries.DraftFilter(
                        null, null, null, org.pikir.consultation.StatusFilter.CLOSED, null, null),
                offset,
                limit);
    }

    /** The signed-in person's comments with what was decided on each, newest first. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<MyComment> myComments(int offset, int limit) {
        long me = currentUser.require().accountId();
        MapSqlParameterSource p = new MapSqlParameterSource("me", me)
                .addValue("limit", Math.max(1, Math.min(limit, 200)))
                .addValue("offset", Math.max(0, offset));
        Map<Long, List<LinkedArticle>> links = links(p, """
                d.id in (select cd.decision_id from comment_decision cd join consultation_comment c
                         on c.id = cd.comment_id where c.author_id = :me)""");
        return jdbc.query("""
                select c.id, c.draft_id, v.title_kk, v.title_ru, v.title_en, a.number, c.body, c.created_at,
                       d.outcome, d.reason, d.decided_at, d.id
                from consultation_comment c
                join draft_law dl on dl.id = c.draft_id
                join draft_version v on v.draft_id = dl.id and v.number = dl.current_version
                left join draft_article a on a.id = c.article_id
                left join comment_decision cd on cd.comment_id = c.id
                left join consideration_decision d on d.id = cd.decision_id
                where c.author_id = :me order by c.created_at desc, c.id desc limit :limit offset :offset
                """, p, (rs, i) -> {
            String outcome = rs.getString(9);
            long decisionId = rs.getLong(12);
            return new MyComment(
                    rs.getLong(1),
                    rs.getLong(2),
                    new Trilingual(rs.getString(3), rs.getString(4), rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7),
                    instant(rs, 8),
                    outcome == null ? null : Outcome.valueOf(outcome),
                    rs.getString(10),
                    instant(rs, 11),
                    outcome == null ? List.of() : links.getOrDefault(decisionId, List.of()));
        });
    }

    /** Public decisions of the given comments (of published drafts), by comment id. */
    public Map<Long, CommentDecision> decisionsOf(List<Long> commentIds) {
        Map<Long, CommentDecision> result = new HashMap<>();
        if (commentIds.isEmpty()) {
            return result;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("ids", commentIds);
        Map<Long, List<LinkedArticle>> links =
                links(p, "d.id in (select decision_id from comment_decision where comment_id in (:ids))");
        jdbc.query("""
                select cd.comment_id, d.outcome, cd.via, d.reason, d.decided_at, d.id
                from comment_decision cd join consideration_decision d on d.id = cd.decision_id
                join draft_law dl on dl.id = cd.draft_id and dl.status <> 'DRAFT'
                where cd.comment_id in (:ids)""", p, rs -> {
            result.put(
                    rs.getLong(1),
                    new CommentDecision(
                            rs.getLong(1),
                            Outcome.valueOf(rs.getString(2)),
                            DecisionLevel.valueOf(rs.getString(3)),
                            rs.getString(4),
                            instant(rs, 5),
                            links.getOrDefault(rs.getLong(6), List.of())));
        });
        return result;
    }

    /** The campaign and topic a comment currently belongs to (either may be null). */
    public record Membership(String campaignKey, String topicKey) {}

    /** Campaign and topic of every clustered comment of a published draft, by comment id. */
    public Map<Long, Membership> memberships(long draftId) {
        DraftClusters found = clusters.forDraft(draftId);
        Map<Long, String> campaignOf = new HashMap<>();
        Map<Long, String> topicOf = new HashMap<>();
        found.campaigns().forEach(c -> c.memberIds().forEach(id -> campaignOf.put(id, c.key())));
        found.topics().forEach(t -> t.commentIds().forEach(id -> topicOf.put(id, t.key())));
        found.campaigns().forEach(c -> {
            if (c.topicKey() != null) {
                c.memberIds().forEach(id -> topicOf.putIfAbsent(id, c.topicKey()));
            }
        });
        Map<Long, Membership> result = new HashMap<>();
        Set<Long> ids = new HashSet<>(campaignOf.keySet());
        ids.addAll(topicOf.keySet());
        ids.forEach(id -> result.put(id, new Membership(campaignOf.get(id), topicOf.get(id))));
        return result;
    }

    private Map<Long, List<LinkedArticle>> links(MapSqlParameterSource p, String decisionFilter) {
        Map<Long, List<LinkedArticle>> links = new HashMap<>();
        jdbc.query("""
                select la.decision_id, a.id, a.number, v.number from consideration_decision_article la
                join consideration_decision d on d.id = la.decision_id
                join draft_article a on a.id = la.article_id join draft_version v on v.id = a.version_id
                where""" + " " + decisionFilter + " order by v.number, a.position", p, rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new LinkedArticle(rs.getLong(2), rs.getString(3), rs.getInt(4)));
        });
        return links;
    }

    private List<Workspace.ArticleOption> articlesOfAllVersions(DraftDetail draft) {
        List<Workspace.ArticleOption> all = new ArrayList<>();
        for (var version : draft.versions()) {
            consultations
                    .articles(draft.id(), version.number())
                    .forEach(a ->
                            all.add(new Workspace.ArticleOption(a.id(), a.number(), version.number(), a.heading())));
        }
        return all;
    }

    private static List<Item> take(List<Long> ids, Map<Long, Item> items, Set<Long> placed) {
        List<Item> result = new ArrayList<>();
        for (Long id : ids) {
            Item item = items.get(id);
            if (item != null && placed.add(id)) {
                result.add(item);
            }
        }
        return result;
    }

    private static Group applyFilter(Group group, Filter filter) {
        if (filter == null) {
            return group;
        }
        if (filter.minSize() != null && group.kind() != GroupKind.UNCLUSTERED && group.size() < filter.minSize()) {
            return new Group(
                    group.kind(), group.key(), group.label(), List.of(), group.additions(), group.hasDecision());
        }
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().strip().toLowerCase(Locale.ROOT);
        boolean labelMatches = text != null
                && group.label() != null
                && group.label().toLowerCase(Locale.ROOT).contains(text);
        List<Item> kept = group.items().stream()
                .filter(i -> filter.articleId() == null || filter.articleId().equals(i.articleId()))
                .filter(i -> filter.language() == null
                        || filter.language().isBlank()
                        || filter.language().equals(i.language()))
                .filter(i -> filter.state() == null || filter.state() == i.state())
                .filter(i -> text == null
                        || labelMatches
                        || i.body().toLowerCase(Locale.ROOT).contains(text))
                .toList();
        return new Group(group.kind(), group.key(), group.label(), kept, group.additions(), group.hasDecision());
    }

    private DraftDetail requireDrafter(long draftId) {
        PikirUser me = currentUser.require();
        if (!me.hasRole(Role.OFFICIAL) || me.agencyId() == null) {
            throw new DomainException("error.accessDenied");
        }
        DraftDetail draft = consultations.draft(draftId);
        if (draft.agencyId() != me.agencyId()) {
            throw new DomainException("consideration.error.notYourAgency");
        }
        return draft;
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
