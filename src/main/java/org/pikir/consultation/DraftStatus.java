package org.pikir.consultation;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a draft law. Transitions are allowed only along {@link #allowedNext()}. */
public enum DraftStatus {
    DRAFT,
    OPEN,
    CLOSED,
    NEW_VERSION_PUBLISHED,
    ADOPTED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<DraftStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, WITHDRAWN);
            case OPEN -> EnumSet.of(CLOSED, WITHDRAWN);
            case CLOSED -> EnumSet.of(NEW_VERSION_PUBLISHED, ADOPTED, WITHDRAWN);
            // a new version goes out for another round of discussion, or is adopted as published
            case NEW_VERSION_PUBLISHED -> EnumSet.of(OPEN, ADOPTED, WITHDRAWN);
            case ADOPTED, WITHDRAWN -> EnumSet.noneOf(DraftStatus.class);
        };
    }

    public boolean canMoveTo(DraftStatus next) {
        return allowedNext().contains(next);
    }

    /** Visible to the public (everything except an unpublished draft). */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
