package org.pikir.appeal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an appeal. Open statuses are worked by the handling agency; ANSWERED and DISMISSED are
 * closed until the author disputes them once (then DISPUTED, open again at the head / parent agency).
 * A redirect keeps an open appeal REGISTERED at the new agency; assignment moves it IN_PROGRESS.
 */
public enum AppealStatus {
    REGISTERED,
    IN_PROGRESS,
    ANSWERED,
    DISPUTED,
    DISMISSED;

    private static final Map<AppealStatus, Set<AppealStatus>> ALLOWED = Map.of(
            REGISTERED, EnumSet.of(REGISTERED, IN_PROGRESS, ANSWERED, DISMISSED),
            IN_PROGRESS, EnumSet.of(REGISTERED, IN_PROGRESS, ANSWERED, DISMISSED),
            DISPUTED, EnumSet.of(DISPUTED, ANSWERED, DISMISSED),
            ANSWERED, EnumSet.of(DISPUTED),
            DISMISSED, EnumSet.of(DISPUTED));

    /** True while the agency still has to act. */
    public boolean isOpen() {
        return this == REGISTERED || this == IN_PROGRESS || this == DISPUTED;
    }

    /** Whether the lifecycle allows going from this status to {@code next}. */
    public boolean canMoveTo(AppealStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
