package org.pikir.appeal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.pikir.shared.DomainException;

/** The agency's answer to an appeal, and the author's rating of that answer. */
@Entity
@Table(name = "appeal_reply")
class AppealReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long appealId;
    private long authorId;
    private long agencyId;
    private String text;
    private Instant createdAt;
    private Short rating;
    private String ratingComment;
    private Instant ratedAt;

    protected AppealReply() {}

    AppealReply(long appealId, long authorId, long agencyId, String text, Instant createdAt) {
        this.appealId = appealId;
        this.authorId = authorId;
        this.agencyId = agencyId;
        this.text = text;
        this.createdAt = createdAt;
    }

    void rate(int stars, String comment, Instant at) {
        if (rating != null) {
            throw new DomainException("appeal.error.alreadyRated");
        }
        this.rating = (short) stars;
        this.ratingComment = comment;
        this.ratedAt = at;
    }

    Long getId() {
        return id;
    }

    long getAppealId() {
        return appealId;
    }

    long getAuthorId() {
        return authorId;
    }

    long getAgencyId() {
        return agencyId;
    }

    String getText() {
        return text;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Integer getRating() {
        return rating == null ? null : rating.intValue();
    }

    String getRatingComment() {
        return ratingComment;
    }

    Instant getRatedAt() {
        return ratedAt;
    }
}
