package org.pikir.consideration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.TopicCluster;
import org.pikir.consultation.CommentAnalysis;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.CommentRecord;
import org.pikir.consultation.ConsultationQueries.DraftDetail;
import org.pikir.shared.DomainException;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials of the drafting agency record reasoned decisions on campaigns, topics and single comments.
 * Every decision is a new append-only row; the current outcome per comment is kept in comment_decision and
 * every change to it is written to the audit trail in the same transaction.
 */
@Service
@Transactional
public class ConsiderationService {

    public static final int MAX_REASON = 4000;
    public static final int MAX_NOTE = 2000;
    static final Set<String> REASON_LANGUAGES = Set.of("kk", "ru", "en", "uz", "ky", "tg", "tk");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ConsultationQueries consultations;
    private final ClusterLookup clusters;
    private final CurrentUser currentUser;
    private final ConsiderationNotifications notifications;
    private final Clock clock;
    private final org.pikir.analysis.AnalysisService analysis;

    ConsiderationService(
            JdbcTemplate jdbc,
            NamedParameterJdbcTemplate named,
            ConsultationQueries consultations,
            ClusterLookup clusters,
            CurrentUser currentUser,
            ConsiderationNotifications notifications,
            Clock clock,
            org.pikir.analysis.AnalysisService analysis) {
        this.analysis = analysis;
        this.jdbc = jdbc;
        this.named = named;
        this.consultations = consultations;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Decides a campaign: its members get the outcome, those with additions of their own are flagged. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public long decideCampaign(long draftId, String campaignKey, DecisionForm form) {
        DraftDetail draft = requireDrafter(draftId);
        CampaignCluster campaign = clusters.forDraft(draftId).campaigns().stream()
                .filter(c -> c.key().equals(campaignKey))
                .findFirst()
                .orElseThrow(() -> new DomainException("consideration.error.unknownGroup"));
        return decideGroup(
                draft,
                DecisionLevel.CAMPAIGN,
                campaignKey,
                excerpt(campaign.template()),
                campaign.memberIds(),
                campaign.membersWithAdditions(),
                form);
    }

    /** Decides a topic: its comments without a campaign or own decision get the outcome. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public long decideTopic(long draftId, String topicKey, DecisionForm form) {
        DraftDetail draft = requireDrafter(draftId);
        TopicCluster topic = clusters.forDraft(draftId).topics().stream()
                .filter(t -> t.key().equals(topicKey))
                .findFirst()
                .orElseThrow(() -> new DomainException("consideration.error.unknownGroup"));
        return decideGroup(
                draft, DecisionLevel.TOPIC, topicKey, excerpt(topic.label()), topic.commentIds(), Set.of(), form);
    }

    /** Decides one comment (its own decision wins over any campaign or topic decision). */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public long decideComment(long draftId, long commentId, DecisionForm form) {
        DraftDetail draft = requireDrafter(draftId);
        CommentRecord comment = consultations.commentsOfDraft(draftId).stream()
                .filter(c -> c.id() == commentId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return decideGroup(
                draft,
                DecisionLevel.COMMENT,
                String.valueOf(commentId),
                excerpt(comment.body()),
                List.of(commentId),
                Set.of(),
                form);
    }

    /** Marks a flagged campaign member as looked at: the campaign's outcome stands for it. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void markOwnLookDone(long draftId, long commentId) {
        requireDrafter(draftId);
        List<CurrentOutcome> rows = current(List.of(commentId), draftId);
        if (rows.isEmpty() || !rows.getFirst().needsOwnLook()) {
            throw new DomainException("consideration.error.noOwnLookNeeded");
        }
        CurrentOutcome before = rows.getFirst();
        Instant now = clock.instant();
        jdbc.update(
                "update comment_decision set needs_own_look = false, updated_at = ?, version = version + 1"
                        + " where comment_id = ?",
                Timestamp.from(now),
                commentId);
        audit(
                draftId,
                commentId,
                before.decisionId(),
                "OWN_LOOK_DONE",
                before.describe(),
                before.withOwnLookDone().describe(),
                now);
    }

    private long decideGroup(
            DraftDetail draft,
            DecisionLevel level,
            String key,
            String label,
            List<Long> members,
            Set<Long> flagged,
            DecisionForm form) {
        PikirUser me = currentUser.require();
        Long previous = latestDecision(draft.id(), level, key);
        Validated valid = validate(draft, form, previous != null);
        Instant now = clock.instant();
        Long decisionId = jdbc.queryForObject(
                """
                insert into consideration_decision (draft_id, level, target_key, target_label, outcome, reason,
                    reason_language, decided_by, decided_at, supersedes, revision_note, member_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                Long.class,
                draft.id(),
                level.name(),
                key,
                label,
                form.outcome().name(),
                valid.reason(),
                valid.language(),
                me.accountId(),
                Timestamp.from(now),
                previous,
                previous == null ? null : valid.note(),
                members.size());
        for (Long articleId : valid.articles()) {
            jdbc.update(
                    "insert into consideration_decision_article (decision_id, article_id) values (?, ?)",
                    decisionId,
                    articleId);
        }
        String groupBefore = previous == null ? null : describeDecision(previous);
        audit(
                draft.id(),
                null,
                decisionId,
                previous == null ? "DECIDED" : "REVISED",
                groupBefore,
                describeDecision(decisionId),
                now);
        Map<Long, CurrentOutcome> existing = new HashMap<>();
        current(members, draft.id()).forEach(c -> existing.put(c.commentId(), c));
        List<Long> changed = new ArrayList<>();
        for (Long commentId : members) {
            CurrentOutcome before = existing.get(commentId);
            if (before != null && !level.overrides(before.via())) {
                continue; // a more specific decision already applies to this comment
            }
            boolean ownLook = level == DecisionLevel.CAMPAIGN && flagged.contains(commentId);
            CurrentOutcome after = new CurrentOutcome(commentId, decisionId, level, form.outcome(), ownLook);
            if (before == null) {
                jdbc.update(
                        """
                        insert into comment_decision (comment_id, draft_id, decision_id, via, needs_own_look,
                            first_decided_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)
                        """,
                        commentId,
                        draft.id(),
                        decisionId,
                        level.name(),
                        ownLook,
                        Timestamp.from(now),
                        Timestamp.from(now));
            } else {
                jdbc.update("""
                        update comment_decision set decision_id = ?, via = ?, needs_own_look = ?, updated_at = ?,
                            version = version + 1 where comment_id = ?
                        """, decisionId, level.name(), ownLook, Timestamp.from(now), commentId);
            }
            audit(
                    draft.id(),
                    commentId,
                    decisionId,
                    level == DecisionLevel.COMMENT ? (before == null ? "DECIDED" : "REVISED") : "CASCADED",
                    before == null ? null : before.describe(),
                    after.describe(),
                    now);
            changed.add(commentId);
        }
        notifications.decided(draft, changed, form.outcome(), valid.reason());
        return decisionId;
    }

    private record Validated(String reason, String language, String note, List<Long> articles) {}

    private Validated validate(DraftDetail draft, DecisionForm form, boolean revision) {
        FieldErrors errors = new FieldErrors();
        errors.require("outcome", form.outcome());
        String reason = errors.checkText("reason", form.reason(), MAX_REASON);
        if (reason != null && FieldErrors.isBlank(reason)) {
            reason = null;
        }
        if (form.outcome() != null && form.outcome().requiresReason() && reason == null && !errors.has("reason")) {
            errors.add("reason", "consideration.error.reasonRequired");
        }
        String language =
                form.reasonLanguage() == null ? "" : form.reasonLanguage().strip();
        if (!REASON_LANGUAGES.contains(language)) {
            errors.add("reasonLanguage", "error.required");
        }
        String note = null;
        if (revision) {
            note = errors.checkText("revisionNote", form.revisionNote(), MAX_NOTE);
            if ((note == null || FieldErrors.isBlank(note)) && !errors.has("revisionNote")) {
                errors.add("revisionNote", "consideration.error.revisionNoteRequired");
            }
        }
        List<Long> articles = new ArrayList<>(new LinkedHashSet<>(form.articleIds()));
        if (!articles.isEmpty()) {
            if (form.outcome() != null && !form.outcome().mayLinkArticles()) {
                errors.add("articles", "consideration.error.linkOnlyWhenAccepted");
            } else {
                Set<Long> ofDraft = new java.util.HashSet<>(jdbc.queryForList("""
                        select a.id from draft_article a join draft_version v on v.id = a.version_id
                        where v.draft_id = ?""", Long.class, draft.id()));
                if (!ofDraft.containsAll(articles)) {
                    errors.add("articles", "consideration.error.articleOfOtherDraft");
                }
            }
        }
        errors.throwIfAny();
        return new Validated(reason, language, note, articles);
    }

    /**
     * Starts a full re-clustering of a draft's comments in the background (analysis engine) and returns the run
     * to watch. Runs outside a transaction so the run row is visible to the background thread at once.
     */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long recluster(long draftId) {
        requireDrafter(draftId);
        return analysis.recluster(CommentAnalysis.scope(draftId));
    }

    /** Progress of a re-clustering run of this draft: percent done, whether finished, and whether it failed. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    @Transactional(readOnly = true)
    public ReclusterStatus reclusterStatus(long draftId, long runId) {
        requireDrafter(draftId);
        var run = analysis.run(runId)
                .filter(r -> r.scope().equals(CommentAnalysis.scope(draftId)))
                .orElseThrow(org.pikir.shared.NotFoundException::new);
        return new ReclusterStatus(run.progress(), !run.running(), "FAILED".equals(run.status()));
    }

    /** Where a background re-clustering stands. */
    public record ReclusterStatus(int percent, boolean finished, boolean failed) {}

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

    private Long latestDecision(long draftId, DecisionLevel level, String key) {
        List<Long> ids = jdbc.queryForList("""
                select d.id from consideration_decision d
                where d.draft_id = ? and d.level = ? and d.target_key = ?
                  and not exists (select 1 from consideration_decision n where n.supersedes = d.id)
                """, Long.class, draftId, level.name(), key);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private String describeDecision(long decisionId) {
        return jdbc.queryForObject("""
                select d.level || ' ' || d.target_key || ': ' || d.outcome
                       || coalesce(' — ' || d.reason, '')
                       || coalesce(' [' || (select string_agg(a.article_id::text, ',' order by a.article_id)
                                            from consideration_decision_article a where a.decision_id = d.id) || ']', '')
                       || coalesce(' (' || d.revision_note || ')', '')
                from consideration_decision d where d.id = ?""", String.class, decisionId);
    }

    /** The outcome a comment currently has. */
    record CurrentOutcome(long commentId, long decisionId, DecisionLevel via, Outcome outcome, boolean needsOwnLook) {

        String describe() {
            return outcome + " via " + via + " #" + decisionId + (needsOwnLook ? " needs own look" : "");
        }

        CurrentOutcome withOwnLookDone() {
            return new CurrentOutcome(commentId, decisionId, via, outcome, false);
        }
    }

    private List<CurrentOutcome> current(List<Long> commentIds, long draftId) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        if (commentIds.size() > CampaignCounts.CHUNK) {
            // A campaign can have more members than one statement may have parameters (65,535).
            List<CurrentOutcome> all = new ArrayList<>();
            for (int from = 0; from < commentIds.size(); from += CampaignCounts.CHUNK) {
                all.addAll(current(
                        new ArrayList<>(
                                commentIds.subList(from, Math.min(commentIds.size(), from + CampaignCounts.CHUNK))),
                        draftId));
            }
            return all;
        }
        var params = new MapSqlParameterSource("ids", commentIds).addValue("draft", draftId);
        return named.query(
                """
                select cd.comment_id, cd.decision_id, cd.via, d.outcome, cd.needs_own_look
                from comment_decision cd join consideration_decision d on d.id = cd.decision_id
                where cd.comment_id in (:ids) and cd.draft_id = :draft for update of cd
                """,
                params,
                (rs, i) -> new CurrentOutcome(
                        rs.getLong(1),
                        rs.getLong(2),
                        DecisionLevel.valueOf(rs.getString(3)),
                        Outcome.valueOf(rs.getString(4)),
                        rs.getBoolean(5)));
    }

    private void audit(
            long draftId, Long commentId, long decisionId, String action, String before, String after, Instant now) {
        jdbc.update(
                """
                insert into consideration_audit (draft_id, comment_id, decision_id, action, actor_id, at, before, after)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                draftId,
                commentId,
                decisionId,
                action,
                currentUser.require().accountId(),
                Timestamp.from(now),
                cut(before),
                cut(after));
    }

    private static String cut(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 1000 ? flat : flat.substring(0, 999) + "…";
    }
}
