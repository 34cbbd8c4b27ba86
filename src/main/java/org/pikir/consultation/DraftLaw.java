package org.pikir.consultation;

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

/** A draft law of one agency; its lifecycle is enforced here, its texts live in {@link DraftVersion}s. */
@Entity
@Table(name = "draft_law")
public class DraftLaw {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    private CountryCode country;

    private long agencyId;

    @Enumerated(EnumType.STRING)
    private PolicyArea policyArea;

    @Enumerated(EnumType.STRING)
    private DraftStatus status = DraftStatus.DRAFT;

    private int currentVersion = 1;
    private Instant opensAt;
    private Instant closesAt;
    private long createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected DraftLaw() {}

    DraftLaw(CountryCode country, long agencyId, PolicyArea policyArea, long createdBy, Instant createdAt) {
        this.country = country;
        this.agencyId = agencyId;
        this.policyArea = policyArea;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Moves along an allowed transition; anything else is a domain error. */
    void moveTo(DraftStatus next) {
        if (!status.canMoveTo(next)) {
            throw new DomainException("consultation.error.transition", status.name(), next.name());
        }
        this.status = next;
    }

    /** Opens a round of public discussion with its window (checked against the country's rules by the service). */
    void open(Instant opensAt, Instant closesAt) {
        if (closesAt == null || opensAt == null || !closesAt.isAfter(opensAt)) {
            throw new DomainException("consultation.error.windowOrder");
        }
        moveTo(DraftStatus.OPEN);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** Closes the discussion now (early, or because the window ended). */
    void close(Instant now) {
        moveTo(DraftStatus.CLOSED);
        if (closesAt == null || closesAt.isAfter(now)) {
            closesAt = now;
        }
    }

    void publishVersion(int number) {
        moveTo(DraftStatus.NEW_VERSION_PUBLISHED);
        this.currentVersion = number;
    }

    void changePolicyArea(PolicyArea area) {
        if (status != DraftStatus.DRAFT) {
            throw new DomainException("consultation.error.notEditable");
        }
        this.policyArea = area;
    }

    /** Whether comments and votes are accepted at this instant. */
    public boolean acceptsParticipation(Instant now) {
        return status == DraftStatus.OPEN && opensAt != null && !now.isBefore(opensAt) && now.isBefore(closesAt);
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

    public PolicyArea getPolicyArea() {
        return policyArea;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
