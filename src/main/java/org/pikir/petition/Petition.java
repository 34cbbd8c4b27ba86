package org.pikir.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.pikir.country.CountryCode;
import org.pikir.shared.DomainException;
import org.pikir.shared.LanguageCode;

/**
 * A petition to one agency of one country. The lifecycle is enforced here ({@link PetitionStatus#canMoveTo});
 * the signature count is not a field of this entity but the rows in petition_signature (see
 * {@link SignatureLedger}).
 */
@Entity
@Table(name = "petition")
public class Petition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    private CountryCode country;

    private long agencyId;
    private long authorId;
    private String title;
    private String text;

    /** Language of title and text, detected once when the petition is written. */
    private LanguageCode language;

    private String requestedAction;

    @Enumerated(EnumType.STRING)
    private PetitionStatus status;

    private int threshold;
    private int collectionDays;
    private Instant submittedAt;
    private Long moderatorId;
    private Instant moderatedAt;

    @Enumerated(EnumType.STRING)
    private RejectionReason rejectionReason;

    private String rejectionNote;
    private Instant openedAt;
    private Instant closesAt;
    private Instant thresholdReachedAt;
    private Instant responseDue;

    @Enumerated(EnumType.STRING)
    private ResponseDecision responseDecision;

    private String responseText;
    private Long responderId;
    private Instant respondedAt;
    private Instant closedAt;

    /** Generated with the form and kept with its draft on the author's device; null when there was none. */
    private java.util.UUID submissionId;

    @Version
    private long version;

    protected Petition() {}

    /** Remembers the id the author's form sent this with, so the same draft sent again is recognised. */
    void submittedAs(java.util.UUID id) {
        this.submissionId = id;
    }

    Petition(
            CountryCode country,
            long agencyId,
            long authorId,
            String title,
            String text,
            String requestedAction,
            LanguageCode language,
            PetitionRules rules,
            Instant now) {
        this.country = country;
        this.agencyId = agencyId;
        this.authorId = authorId;
        this.title = title;
        this.text = text;
        this.requestedAction = requestedAction;
        this.language = language;
        this.status = PetitionStatus.PENDING;
        this.threshold = rules.threshold();
        this.collectionDays = rules.collectionDays();
        this.submittedAt = now;
    }

    private void moveTo(PetitionStatus next) {
        if (!status.canMoveTo(next)) {
            throw new DomainException("petition.error.illegalTransition", status.name(), next.name());
        }
        status = next;
    }

    /** Approved by a moderator: collection starts now under the country's current rules. */
    void approve(long moderatorId, PetitionRules rules, Instant now) {
        moveTo(PetitionStatus.COLLECTING);
        this.moderatorId = moderatorId;
        this.moderatedAt = now;
        this.threshold = rules.threshold();
        this.collectionDays = rules.collectionDays();
        this.openedAt = now;
        this.closesAt = now.plus(Duration.ofDays(rules.collectionDays()));
    }

    /** Rejected by a moderator with a published reason. */
    void reject(long moderatorId, RejectionReason reason, String note, Instant now) {
        moveTo(PetitionStatus.REJECTED);
        this.moderatorId = moderatorId;
        this.moderatedAt = now;
        this.rejectionReason = reason;
        this.rejectionNote = note;
        this.closedAt = now;
    }

    /** The threshold was reached; the addressee must respond by {@code responseDue}. */
    void reachThreshold(Instant now, Instant responseDue) {
        moveTo(PetitionStatus.THRESHOLD_REACHED);
        this.thresholdReachedAt = now;
        this.responseDue = responseDue;
    }

    /** The addressee's public response. */
    void respond(long responderId, ResponseDecision decision, String text, Instant now) {
        moveTo(PetitionStatus.RESPONDED);
        this.responderId = responderId;
        this.responseDecision = decision;
        this.responseText = text;
        this.respondedAt = now;
        if (closedAt == null) {
            closedAt = now;
        }
    }

    /** The collection period ended below the threshold. */
    void expire(Instant now) {
        moveTo(PetitionStatus.EXPIRED);
        this.closedAt = now;
    }

    /** Signatures are accepted: a collecting status and the period still running. */
    public boolean isOpenForSignatures(Instant now) {
        return status.isCollecting() && closesAt != null && now.isBefore(closesAt);
    }

    /** A reached threshold whose response deadline has passed without a response. */
    public boolean isResponseOverdue(Instant now) {
        return status == PetitionStatus.THRESHOLD_REACHED && responseDue != null && now.isAfter(responseDue);
    }

    /** Whether the public may read title and text (not for offensive content or personal data). */
    public boolean isContentPublic() {
        return rejectionReason == null || !rejectionReason.hidesText();
    }

    public Long getId() {
        return id;
    }

    public CountryCode getCountry() {
        return country;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getRequestedAction() {
        return requestedAction;
    }

    public PetitionStatus getStatus() {
        return status;
    }

    public int getThreshold() {
        return threshold;
    }

    public int getCollectionDays() {
        return collectionDays;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public RejectionReason getRejectionReason() {
        return rejectionReason;
    }

    /** The language detected in title and text when submitted (null for rows from before detection). */
    public LanguageCode getLanguage() {
        return language;
    }

    public String getRejectionNote() {
        return rejectionNote;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getThresholdReachedAt() {
        return thresholdReachedAt;
    }

    public Instant getResponseDue() {
        return responseDue;
    }

    public ResponseDecision getResponseDecision() {
        return responseDecision;
    }

    public String getResponseText() {
        return responseText;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
