package org.pikir.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pikir.account.PikirUser;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.LanguageDetector;
import org.pikir.notification.NotificationService;
import org.pikir.shared.DomainException;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What citizens do in an open consultation: comment, reply, edit their own comment, react to others'
 * comments, vote on the draft, report; and what moderators do: hide with a reason. Each method commits
 * before it returns, so an acknowledged comment or vote is stored.
 */
@Service
@Transactional
public class CommentService {

    public static final int MAX_COMMENT = 5000;
    static final int MAX_HIDE_REASON = 500;

    private final DraftLawRepository drafts;
    private final CommentRepository comments;
    private final ConsultationPermissions permissions;
    private final LanguageDetector languages;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final Clock clock;

    CommentService(
            DraftLawRepository drafts,
            CommentRepository comments,
            ConsultationPermissions permissions,
            LanguageDetector languages,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            NotificationService notifications,
            Clock clock) {
        this.drafts = drafts;
        this.comments = comments;
        this.permissions = permissions;
        this.languages = languages;
        this.events = events;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Comments on an article of the current version, or on the draft as a whole when articleId is null. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public long submitComment(long draftId, Long articleId, String body) {
        return submitComment(draftId, articleId, body, null);
    }

    /**
     * Comments as above from a form that sent a submission id: the same person sending the same text with the
     * same id again (a resend after a dropped connection) gets the comment stored the first time, not a copy.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public long submitComment(long draftId, Long articleId, String body, UUID submissionId) {
        DraftLaw draft = visibleDraft(draftId);
        String text = checkBody(body);
        PikirUser me = permissions.requireParticipant(draft);
        Optional<Long> earlier = sentBefore(me, submissionId, text);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (articleId != null && !isArticleOfCurrentVersion(draft, articleId)) {
            throw new NotFoundException();
        }
        return store(draft, articleId, null, me, text, submissionId);
    }

    /** Replies to a top-level comment (one level of threading: a reply to a reply joins the same thread). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public long reply(long parentCommentId, String body) {
        return reply(parentCommentId, body, null);
    }

    /** Replies as above; a resend with the same submission id and text returns the reply stored before. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public long reply(long parentCommentId, String body, UUID submissionId) {
        ConsultationComment parent = comments.findById(parentCommentId).orElseThrow(NotFoundException::new);
        DraftLaw draft = visibleDraft(parent.getDraftId());
        String text = checkBody(body);
        PikirUser me = permissions.requireParticipant(draft);
        Optional<Long> earlier = sentBefore(me, submissionId, text);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (parent.isHidden()) {
            throw new DomainException("consultation.error.commentHidden");
        }
        long threadRoot = parent.getParentId() != null ? parent.getParentId() : parent.getId();
        long id = store(draft, parent.getArticleId(), threadRoot, me, text, submissionId);
        if (parent.getAuthorId() != me.accountId()) {
            notifications.notify(
                    parent.getAuthorId(),
                    "consultation.notify.reply.subject",
                    "consultation.notify.reply.body",
                    List.of(me.displayName()),
                    "consultations/" + draft.getId());
        }
        return id;
    }

    /** Changes the caller's own comment while the consultation is open. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void editComment(long commentId, String body) {
        ConsultationComment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        DraftLaw draft = visibleDraft(comment.getDraftId());
        String text = checkBody(body);
        PikirUser me = permissions.requireParticipant(draft);
        comment.edit(me.accountId(), text, languages.detect(text).code(), clock.instant());
        comments.flush();
        events.publishEvent(new CommentChanged(commentId, draft.getId(), CommentChanged.Change.EDITED));
    }

    /** Agrees, disagrees or passes on someone else's comment; a different vote replaces it, the same one is an error. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void voteOnComment(long commentId, CommentVoteValue value) {
        if (value == null) {
            throw InvalidInputException.of("vote", "error.required");
        }
        ConsultationComment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        DraftLaw draft = visibleDraft(comment.getDraftId());
        PikirUser me = permissions.requireParticipant(draft);
        if (comment.getAuthorId() == me.accountId()) {
            throw new DomainException("consultation.error.ownComment");
        }
        if (comment.isHidden()) {
            throw new DomainException("consultation.error.commentHidden");
        }
        // The row lock serialises voters on one comment, so the recount below sees every committed vote.
        jdbc.queryForObject("select id from consultation_comment where id = ? for update", Long.class, commentId);
        int changed = jdbc.update("""
                insert into comment_vote (comment_id, account_id, value, voted_at) values (?, ?, ?, ?)
                on conflict (comment_id, account_id) do update set value = excluded.value, voted_at = excluded.voted_at
                where comment_vote.value <> excluded.value
                """, commentId, me.accountId(), value.name(), Timestamp.from(clock.instant()));
        if (changed == 0) {
            throw new DomainException("consultation.error.alreadyVoted");
        }
        jdbc.update("""
                update consultation_comment c set
                  agree_count = (select count(*) from comment_vote v where v.comment_id = c.id and v.value = 'AGREE'),
                  disagree_count = (select count(*) from comment_vote v where v.comment_id = c.id and v.value = 'DISAGREE'),
                  pass_count = (select count(*) from comment_vote v where v.comment_id = c.id and v.value = 'PASS')
                where c.id = ?
                """, commentId);
        events.publishEvent(new CommentVoted(commentId, draft.getId()));
    }

    /** Supports or opposes the draft as a whole; a different vote replaces it, the same one is an error. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void voteOnDraft(long draftId, DraftVoteValue value) {
        if (value == null) {
            throw InvalidInputException.of("vote", "error.required");
        }
        DraftLaw draft = visibleDraft(draftId);
        PikirUser me = permissions.requireParticipant(draft);
        int changed = jdbc.update("""
                insert into draft_vote (draft_id, account_id, value, voted_at) values (?, ?, ?, ?)
                on conflict (draft_id, account_id) do update set value = excluded.value, voted_at = excluded.voted_at
                where draft_vote.value <> excluded.value
                """, draftId, me.accountId(), value.name(), Timestamp.from(clock.instant()));
        if (changed == 0) {
            throw new DomainException("consultation.error.alreadyVoted");
        }
    }

    /** Reports a comment to the moderators (once per person and comment). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void reportComment(long commentId, ReportReason reason) {
        if (reason == null) {
            throw InvalidInputException.of("reason", "error.required");
        }
        ConsultationComment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        visibleDraft(comment.getDraftId());
        PikirUser me = permissions.currentUser();
        int inserted = jdbc.update("""
                insert into comment_report (comment_id, reporter_id, reason, created_at) values (?, ?, ?, ?)
                on conflict (comment_id, reporter_id) do nothing
                """, commentId, me.accountId(), reason.name(), Timestamp.from(clock.instant()));
        if (inserted == 0) {
            throw new DomainException("consultation.error.alreadyReported");
        }
    }

    /** Hides a comment with a stated reason (moderators of the draft's country); the reason is shown instead. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void hideComment(long commentId, String reason) {
        ConsultationComment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        DraftLaw draft = visibleDraft(comment.getDraftId());
        PikirUser me = permissions.requireModerator(draft);
        FieldErrors errors = new FieldErrors();
        String text = errors.requireText("reason", reason, MAX_HIDE_REASON);
        errors.throwIfAny();
        comment.hide(me.accountId(), text, clock.instant());
        comments.flush();
        events.publishEvent(new CommentChanged(commentId, draft.getId(), CommentChanged.Change.HIDDEN));
        notifications.notify(
                comment.getAuthorId(),
                "consultation.notify.hidden.subject",
                "consultation.notify.hidden.body",
                List.of(text),
                "consultations/" + draft.getId());
        jdbc.update(
                "update comment_report set resolved_at = ? where comment_id = ? and resolved_at is null",
                Timestamp.from(clock.instant()),
                commentId);
    }

    /** Takes back a moderator's hiding (moderators of the draft's country); the author is told. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void restoreComment(long commentId) {
        ConsultationComment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        DraftLaw draft = visibleDraft(comment.getDraftId());
        permissions.requireModerator(draft);
        comment.restore();
        comments.flush();
        notifications.notify(
                comment.getAuthorId(),
                "consultation.notify.restored.subject",
                "consultation.notify.restored.body",
                List.of(),
                "consultations/" + draft.getId());
        events.publishEvent(new CommentChanged(commentId, draft.getId(), CommentChanged.Change.RESTORED));
    }

    /** Dismisses the open reports of a comment without hiding it. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void dismissReports(long commentId) {
        ConsultationComment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        permissions.requireModerator(visibleDraft(comment.getDraftId()));
        jdbc.update(
                "update comment_report set resolved_at = ? where comment_id = ? and resolved_at is null",
                Timestamp.from(clock.instant()),
                commentId);
    }

    private long store(DraftLaw draft, Long articleId, Long parentId, PikirUser me, String text, UUID submissionId) {
        DetectedLanguage language = languages.detect(text);
        ConsultationComment comment = new ConsultationComment(
                draft.getId(),
                draft.getCurrentVersion(),
                articleId,
                parentId,
                me.accountId(),
                text,
                language.code(),
                clock.instant());
        comment.submittedAs(submissionId);
        ConsultationComment saved = comments.saveAndFlush(comment);
        events.publishEvent(
                new CommentSubmitted(saved.getId(), draft.getId(), articleId, text, language, saved.getCreatedAt()));
        return saved.getId();
    }

    /** The caller's comment sent earlier with this submission id and this very text, if there is one. */
    private Optional<Long> sentBefore(PikirUser me, UUID submissionId, String text) {
        if (submissionId == null) {
            return Optional.empty();
        }
        return comments.findByAuthorIdAndSubmissionId(me.accountId(), submissionId).stream()
                .filter(c -> c.getBody().equals(text))
                .map(ConsultationComment::getId)
                .findFirst();
    }

    private DraftLaw visibleDraft(long draftId) {
        DraftLaw draft = drafts.findById(draftId).orElseThrow(NotFoundException::new);
        permissions.requireVisible(draft);
        return draft;
    }

    private boolean isArticleOfCurrentVersion(DraftLaw draft, long articleId) {
        Integer found = jdbc.queryForObject("""
                select count(*) from draft_article a join draft_version v on v.id = a.version_id
                where a.id = ? and v.draft_id = ? and v.number = ?
                """, Integer.class, articleId, draft.getId(), draft.getCurrentVersion());
        return found != null && found > 0;
    }

    private static String checkBody(String body) {
        FieldErrors errors = new FieldErrors();
        String text = errors.requireText("body", body, MAX_COMMENT);
        errors.throwIfAny();
        return text;
    }
}
