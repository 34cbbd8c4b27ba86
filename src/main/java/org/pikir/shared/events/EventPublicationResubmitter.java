package org.pikir.shared.events;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again what a listener between modules did not finish: publications whose listener threw (FAILED) and,
 * through Modulith's staleness settings, those whose process died while handling them. On start Modulith
 * republishes every incomplete publication ({@code spring.modulith.events.republish-outstanding-events-on-restart});
 * this job covers a node that keeps running. Listeners are idempotent, so a second delivery changes nothing.
 * Completed publications are kept for a week (to answer "was it delivered?") and then deleted.
 */
@Component
class EventPublicationResubmitter {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublicationResubmitter.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final Duration minAge;
    private final Duration keepCompleted;
    private final Duration interval;

    EventPublicationResubmitter(
            FailedEventPublications failed,
            CompletedEventPublications completed,
            @Value("${pikir.events.resubmit-min-age:PT1M}") Duration minAge,
            @Value("${pikir.events.keep-completed:P7D}") Duration keepCompleted,
            @Value("${pikir.events.resubmit-interval:PT1M}") Duration interval) {
        this.failed = failed;
        this.completed = completed;
        this.minAge = minAge;
        this.keepCompleted = keepCompleted;
        this.interval = interval;
    }

    @Scheduled(
            initialDelayString = "${pikir.events.resubmit-interval:PT1M}",
            fixedDelayString = "${pikir.events.resubmit-interval:PT1M}")
    @SchedulerLock(name = "events.resubmitFailed", lockAtLeastFor = "PT5S")
    void resubmitFailed() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(500));
        } catch (RuntimeException e) {
            LOG.warn("resubmitting failed event publications failed; next attempt in {}", interval, e);
        }
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
    @SchedulerLock(name = "events.deleteOldCompleted", lockAtLeastFor = "PT5S")
    void deleteOldCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
    }
}
