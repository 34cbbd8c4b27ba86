package org.pikir.consultation;

import org.pikir.shared.SmallCells;

/**
 * One published count of a poll's results. A suppressed count carries no number (0), so a view or an export can
 * never show it by mistake.
 */
public record PollCount(long value, boolean suppressed) {

    public PollCount {
        if (suppressed) {
            value = 0;
        }
    }

    static PollCount shown(long value) {
        return new PollCount(value, false);
    }

    static PollCount hidden() {
        return new PollCount(0, true);
    }

    /** Suppressed below the small-cell threshold. */
    static PollCount of(long value) {
        return SmallCells.suppressed(value) ? hidden() : shown(value);
    }
}
