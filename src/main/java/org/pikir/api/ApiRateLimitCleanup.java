package org.pikir.api;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes the rate-limit rows of clients whose bucket has been full again for a while (Bucket4j's expires_at), so
 * the table holds the recently active clients, not every address ever seen. One node at a time. (Redis expires its
 * keys by itself; this job exists only with the buckets in PostgreSQL.)
 */
class ApiRateLimitCleanup {

    private static final Logger log = LoggerFactory.getLogger(ApiRateLimitCleanup.class);
    private static final int BATCH = 1_000;

    private final ExpiredEntriesCleaner buckets;

    ApiRateLimitCleanup(ExpiredEntriesCleaner apiRateLimitBuckets) {
        this.buckets = apiRateLimitBuckets;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${pikir.api.rate-limit.cleanup-interval:PT5M}")
    @SchedulerLock(name = "api.rateLimitCleanup", lockAtLeastFor = "PT5S")
    void scheduled() {
        int removed = removeExpired();
        if (removed > 0) {
            log.debug("Removed {} expired API rate-limit buckets", removed);
        }
    }

    /** Deletes every expired bucket row, in batches (rows being used right now are skipped); returns how many. */
    int removeExpired() {
        int total = 0;
        int removed;
        do {
            removed = buckets.removeExpired(BATCH);
            total += removed;
        } while (removed == BATCH);
        return total;
    }
}
