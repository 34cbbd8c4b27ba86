package org.pikir.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code capacity} requests at once, refilled at {@code perSecond}.
 * Plain Java with an injectable nanosecond source, so it is tested without waiting.
 */
final class RateLimiter {

    private static final int MAX_CLIENTS = 50_000;

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, double perSecond, LongSupplier nanos) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("capacity >= 1 and a positive refill rate are required");
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.nanos = nanos;
    }

    /** Takes a token for this client: 0 when allowed, else the whole seconds to wait before retrying. */
    long acquire(String client) {
        long now = nanos.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            // forget clients whose bucket has filled up again: they would start full anyway
            buckets.entrySet().removeIf(e -> e.getValue().isFull(now));
        }
        return buckets.computeIfAbsent(client, k -> new Bucket(capacity, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
