package org.pikir.shared;

/**
 * The one small-cell rule of every public aggregate (comparison, poll breakdowns): a count below
 * {@link #THRESHOLD} people is not shown, so no one can be singled out from a published table.
 */
public final class SmallCells {

    /** Smallest count that is shown. */
    public static final int THRESHOLD = 5;

    private SmallCells() {}

    /** Whether a count is too small to publish. */
    public static boolean suppressed(long count) {
        return count < THRESHOLD;
    }
}
