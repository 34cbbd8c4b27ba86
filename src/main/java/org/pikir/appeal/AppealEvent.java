package org.pikir.appeal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of an appeal's timeline: who did what, when, as which agency. Never changed after insert. */
@Entity
@Immutable
@Table(name = "appeal_event")
class AppealEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long appealId;

    @Enumerated(EnumType.STRING)
    private AppealEventKind kind;

    private Instant at;
    private Long actorId;
    private long agencyId;
    private Long targetAgencyId;
    private Long targetAccountId;
    private String note;
    private Instant dueAt;
    /** On an answer: when the period it answered in began (registration, redirect or dispute), for statistics. */
    private Instant periodStart;

    protected AppealEvent() {}

    AppealEvent(long appealId, AppealEventKind kind, Instant at, Long actorId, long agencyId) {
        this.appealId = appealId;
        this.kind = kind;
        this.at = at;
        this.actorId = actorId;
        this.agencyId = agencyId;
    }

    AppealEvent targetAgency(Long agency) {
        this.targetAgencyId = agency;
        return this;
    }

    AppealEvent targetAccount(Long account) {
        this.targetAccountId = account;
        return this;
    }

    AppealEvent note(String text) {
        this.note = text;
        return this;
    }

    AppealEvent dueAt(Instant due) {
        this.dueAt = due;
        return this;
    }

    AppealEvent periodStart(Instant start) {
        this.periodStart = start;
        return this;
    }

    Long getId() {
        return id;
    }

    long getAppealId() {
        return appealId;
    }

    AppealEventKind getKind() {
        return kind;
    }

    Instant getAt() {
        return at;
    }

    Long getActorId() {
        return actorId;
    }

    long getAgencyId() {
        return agencyId;
    }

    Long getTargetAgencyId() {
        return targetAgencyId;
    }

    Long getTargetAccountId() {
        return targetAccountId;
    }

    String getNote() {
        return note;
    }

    Instant getDueAt() {
        return dueAt;
    }
}
