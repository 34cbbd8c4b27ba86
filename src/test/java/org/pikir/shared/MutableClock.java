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

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
