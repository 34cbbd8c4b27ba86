package org.pikir.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.pikir.country.CountryCode;
import org.pikir.shared.DomainException;
import org.pikir.shared.LanguageCode;

/**
 * One appeal and its lifecycle. Every state change goes through a method here that checks the transition
 * ({@link AppealStatus#canMoveTo}); the service records the matching timeline event.
 */
@Entity
@Table(name = "appeal")
class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    private CountryCode country;

    private long agencyId;
    private long originalAgencyId;
    private long authorId;

    @Enumerated(EnumType.STRING)
    private AppealType type;

    private String subject;
    private String text;
    private LanguageCode language;

    @Enumerated(EnumType.STRING)
    private ContactPreference contactPreference;

    private boolean publishAnonymised;

    @Enumerated(EnumType.STRING)
    private AppealStatus status;

    private Long assigneeId;
    private Instant registeredAt;
    private Instant periodStart;
    private Instant dueAt;
    private boolean extended;
    private boolean disputed;

    @Enumerated(EnumType.STRING)
    private DismissReason dismissReason;

    private Instant closedAt;

    /** Generated with the form and kept with its draft on the author's device; null when there was none. */
    private java.util.UUID submissionId;

    @Version
    private int version;

    protected Appeal() {}

    /** Remembers the id the author's form sent this with, so the same draft sent again is recognised. */
    void submittedAs(java.util.UUID id) {
        this.submissionId = id;
    }

    Appeal(
            String number,
            CountryCode country,
            long agencyId,
            long authorId,
            AppealType type,
            String subject,
            String text,
            LanguageCode language,
            ContactPreference contactPreference,
            boolean publishAnonymised,
            Instant registeredAt,
            Instant dueAt) {
        this.number = number;
        this.country = country;
        this.agencyId = agencyId;
        this.originalAgencyId = agencyId;
        this.authorId = authorId;
        this.type = type;
        this.subject = subject;
        this.text = text;
        this.language = language;
        this.contactPreference = contactPreference;
        this.publishAnonymised = publishAnonymised;
        this.status = AppealStatus.REGISTERED;
        this.registeredAt = registeredAt;
        this.periodStart = registeredAt;
        this.dueAt = dueAt;
    }

    void assign(long assignee) {
        requireOpen();
        AppealStatus next = status == AppealStatus.DISPUTED ? AppealStatus.DISPUTED : AppealStatus.IN_PROGRESS;
        move(next);
        this.assigneeId = assignee;
    }

    void answer(Instant at) {
        requireOpen();
        move(AppealStatus.ANSWERED);
        this.closedAt = at;
    }

    void dismiss(DismissReason reason, Instant at) {
        requireOpen();
        move(AppealStatus.DISMISSED);
        this.dismissReason = reason;
        this.closedAt = at;
    }

    /** Hands the appeal to another agency; the statutory period starts again there. */
    void redirect(long toAgency, Instant at, Instant newDue) {
        requireOpen();
        if (status == AppealStatus.DISPUTED) {
            throw new DomainException("appeal.error.disputedCannotRedirect");
        }
        move(AppealStatus.REGISTERED);
        this.agencyId = toAgency;
        this.assigneeId = null;
        this.periodStart = at;
        this.dueAt = newDue;
        this.extended = false;
    }

    void extend(Instant newDue) {
        requireOpen();
        if (extended) {
            throw new DomainException("appeal.error.alreadyExtended");
        }
        this.extended = true;
        this.dueAt = newDue;
    }

    /** The author contests the answer once; it reopens at {@code toAgency} with a new period. */
    void dispute(long toAgency, Instant at, Instant newDue) {
        if (disputed) {
            throw new DomainException("appeal.error.alreadyDisputed");
        }
        if (status.isOpen()) {
            throw new DomainException("appeal.error.notAnswered");
        }
        move(AppealStatus.DISPUTED);
        this.disputed = true;
        this.agencyId = toAgency;
        this.assigneeId = null;
        this.periodStart = at;
        this.dueAt = newDue;
        this.extended = false;
        this.closedAt = null;
        this.dismissReason = null;
    }

    void setLanguage(LanguageCode language) {
        this.language = language;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new DomainException("appeal.error.closed");
        }
    }

    private void move(AppealStatus next) {
        if (!status.canMoveTo(next)) {
            throw new DomainException("appeal.error.illegalTransition", status.name(), next.name());
        }
        this.status = next;
    }

    boolean isOverdue(Instant now) {
        return status.isOpen() && dueAt.isBefore(now);
    }

    Long getId() {
        return id;
    }

    String getNumber() {
        return number;
    }

    CountryCode getCountry() {
        return country;
    }

    long getAgencyId() {
        return agencyId;
    }

    long getOriginalAgencyId() {
        return originalAgencyId;
    }

    long getAuthorId() {
        return authorId;
    }

    AppealType getType() {
        return type;
    }

    String getSubject() {
        return subject;
    }

    String getText() {
        return text;
    }

    LanguageCode getLanguage() {
        return language;
    }

    ContactPreference getContactPreference() {
        return contactPreference;
    }

    boolean isPublishAnonymised() {
        return publishAnonymised;
    }

    AppealStatus getStatus() {
        return status;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    Instant getPeriodStart() {
        return periodStart;
    }

    Instant getDueAt() {
        return dueAt;
    }

    boolean isExtended() {
        return extended;
    }

    boolean isDisputed() {
        return disputed;
    }

    DismissReason getDismissReason() {
        return dismissReason;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
