package org.pikir.comparison;

/**
 * One cell of the comparison. Counts below {@link #THRESHOLD} are suppressed (shown as "&lt;5", also in
 * exports), and so is every rate, share or statistic computed from such a count, so a small number can never
 * be recovered from a derived one.
 *
 * @param state what the cell shows
 * @param value the number for {@link State#VALUE} and {@link State#UPPER_BOUND}; 0 otherwise
 */
public record Figure(State state, double value) {

    /** Smallest count that is shown. */
    public static final int THRESHOLD = org.pikir.shared.SmallCells.THRESHOLD;

    /** What a cell shows. */
    public enum State {
        /** A number. */
        VALUE,
        /** At most this number: the base is only known as a lower bound (Uzbekistan's internet users, ">70%"). */
        UPPER_BOUND,
        /** Fewer than {@link #THRESHOLD} items: hidden. */
        SUPPRESSED,
        /** The feature that provides it is not built yet. */
        NOT_AVAILABLE,
        /** There is nothing to divide by (e.g. no published internet-user share). */
        NO_BASE
    }

    private static final Figure SUPPRESSED_FIGURE = new Figure(State.SUPPRESSED, 0);
    private static final Figure NOT_AVAILABLE_FIGURE = new Figure(State.NOT_AVAILABLE, 0);
    private static final Figure NO_BASE_FIGURE = new Figure(State.NO_BASE, 0);

    public Figure {
        if (state != State.VALUE && state != State.UPPER_BOUND) {
            value = 0;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
    }

    /** A count of items; suppressed below the threshold. */
    public static Figure count(long n) {
        return n < THRESHOLD ? SUPPRESSED_FIGURE : new Figure(State.VALUE, n);
    }

    /**
     * A count per 100,000 of a base (population, internet users). Suppressed when the count is; no base when
     * the base is unknown or zero; an upper bound when the base is only known as a lower bound.
     */
    public static Figure per100k(long n, Base base) {
        if (n < THRESHOLD) {
            return SUPPRESSED_FIGURE;
        }
        if (base == null || base.value() <= 0) {
            return NO_BASE_FIGURE;
        }
        double rate = n * 100_000.0 / base.value();
        return new Figure(base.lowerBound() ? State.UPPER_BOUND : State.VALUE, rate);
    }

    /** part of whole in percent; suppressed when either count is below the threshold. */
    public static Figure percent(long part, long whole) {
        if (part < THRESHOLD || whole < THRESHOLD) {
            return SUPPRESSED_FIGURE;
        }
        return new Figure(State.VALUE, part * 100.0 / whole);
    }

    /** A statistic (median, average) over n items; suppressed when n is below the threshold. */
    public static Figure statistic(Double value, long n) {
        if (n < THRESHOLD) {
            return SUPPRESSED_FIGURE;
        }
        return value == null ? NO_BASE_FIGURE : new Figure(State.VALUE, value);
    }

    /** A published reference figure (index, rank, change): never suppressed. */
    public static Figure reference(double value) {
        return new Figure(State.VALUE, value);
    }

    /** The source of this figure is not built yet. */
    public static Figure notAvailable() {
        return NOT_AVAILABLE_FIGURE;
    }

    /** Nothing to divide by. */
    public static Figure noBase() {
        return NO_BASE_FIGURE;
    }

    public boolean suppressed() {
        return state == State.SUPPRESSED;
    }

    /** The number to draw, or null for a gap (suppressed, not available, no base). */
    public Double chartValue() {
        return state == State.VALUE || state == State.UPPER_BOUND ? value : null;
    }

    /** A denominator for per-100,000 rates. */
    public record Base(double value, boolean lowerBound) {}
}
