package org.pikir.petition;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a petition. PENDING waits for a moderator; COLLECTING and THRESHOLD_REACHED accept signatures
 * until the collection period ends; the addressee answers a petition that reached its threshold (RESPONDED);
 * a petition that did not reach it by the end of its period is EXPIRED.
 */
public enum PetitionStatus {
    PENDING,
    REJECTED,
    COLLECTING,
    THRESHOLD_REACHED,
    RESPONDED,
    EXPIRED;

    /** Whether the lifecycle allows going from this status to {@code next}. */
    public boolean canMoveTo(PetitionStatus next) {
        return allowedNext().contains(next);
    }

    Set<PetitionStatus> allowedNext() {
        return switch (this) {
            case PENDING -> EnumSet.of(COLLECTING, REJECTED);
            case COLLECTING -> EnumSet.of(THRESHOLD_REACHED, EXPIRED);
            case THRESHOLD_REACHED -> EnumSet.of(RESPONDED);
            case REJECTED, RESPONDED, EXPIRED -> EnumSet.noneOf(PetitionStatus.class);
        };
    }

    /** Visible to everyone (moderated); PENDING is seen only by its author and the country's moderators. */
    public boolean isPublic() {
        return this != PENDING;
    }

    /** In a status that accepts signatures (the collection period must also still run). */
    public boolean isCollecting() {
        return this == COLLECTING || this == THRESHOLD_REACHED;
    }
}
