package org.pikir.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.pikir.shared.DomainException;
import org.pikir.shared.LanguageCode;

/** A comment on an article (or on the whole draft when articleId is null), or a reply to one. */
@Entity
@Table(name = "consultation_comment")
class ConsultationComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long draftId;
    private int versionNumber;
    private Long articleId;
    private Long parentId;
    private long authorId;
    private String body;
    private LanguageCode language;
    private Instant createdAt;
    private Instant editedAt;
    // Tallies are recomputed from comment_vote rows in SQL; JPA never writes them (no stale overwrite).
    @Column(insertable = false, updatable = false)
    private int agreeCount;

    @Column(insertable = false, updatable = false)
    private int disagreeCount;

    @Column(insertable = false, updatable = false)
    private int passCount;

    private Instant hiddenAt;
    private String hiddenReason;
    private Long hiddenBy;

    /** Generated with the form and kept with its draft on the author's device; null when there was none. */
    private java.util.UUID submissionId;

    @Version
    private long version;

    protected ConsultationComment() {}

    /** Remembers the id the author's form sent this with, so the same draft sent again is recognised. */
    void submittedAs(java.util.UUID id) {
        this.submissionId = id;
    }

    ConsultationComment(
            long draftId,
            int versionNumber,
            Long articleId,
            Long parentId,
            long authorId,
            String body,
            LanguageCode language,
            Instant createdAt) {
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        this.articleId = articleId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.language = language;
        this.createdAt = createdAt;
    }

    void edit(long editorId, String newBody, LanguageCode newLanguage, Instant now) {
        if (editorId != authorId) {
            throw new DomainException("consultation.error.notYourComment");
        }
        if (hiddenAt != null) {
            throw new DomainException("consultation.error.commentHidden");
        }
        this.body = newBody;
        this.language = newLanguage;
        this.editedAt = now;
    }

    void hide(long moderatorId, String reason, Instant now) {
        if (hiddenAt != null) {
            throw new DomainException("consultation.error.alreadyHidden");
        }
        this.hiddenAt = now;
        this.hiddenReason = reason;
        this.hiddenBy = moderatorId;
    }

    /** A moderator takes a hiding back (e.g. after an appeal by the author); the text is public again. */
    void restore() {
        if (hiddenAt == null) {
            throw new DomainException("consultation.error.notHidden");
        }
        this.hiddenAt = null;
        this.hiddenReason = null;
        this.hiddenBy = null;
    }

    Long getId() {
        return id;
    }

    long getDraftId() {
        return draftId;
    }

    Long getArticleId() {
        return articleId;
    }

    Long getParentId() {
        return parentId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isHidden() {
        return hiddenAt != null;
    }
}
