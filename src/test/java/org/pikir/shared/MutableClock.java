package org.pikir.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can shift, so deadlines, expiry and schedules are deterministic. It keeps ticking with real
 * time (shifted by an offset), so records created one after another still get increasing timestamps.
 */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Makes "now" the given instant (time keeps running from there). */
    public void set(Instant instant) {
        this.offset = Duration.between(Instant.now(), instant);
    }

    public void advance(Duration duration) {
        this.offset = offset.plus(duration);
    }

    /** Back to the real time; tests that shift the clock call this when done. */
    public void reset() {
        this.offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * The same shifted time seen in another zone (a later {@link #set} or {@link #advance} shows through), so
     * {@code LocalDate.now(clock.withZone(zone))} is the date in that zone, as with the system clock.
     */
    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return this;
        }
        MutableClock shifted = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return shifted.withZone(other);
            }

            @Override
            public Instant instant() {
                return shifted.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
