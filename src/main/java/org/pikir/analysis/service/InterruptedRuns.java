package org.pikir.analysis.service;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, re-clustering runs left RUNNING by a stopped process are marked FAILED, so the officials' "re-analyse"
 * button works again and the page does not show a run stuck at some percentage forever.
 *
 * <p>With several application nodes sharing one database a node's start would fail the runs of the others; such
 * deployments set {@code pikir.analysis.fail-interrupted-runs-on-start=false} (see README, scale-out).
 */
@Component
class InterruptedRuns {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedRuns.class);

    private final AnalysisStore store;
    private final Clock clock;
    private final boolean enabled;
    private final Instant processStart;

    InterruptedRuns(
            AnalysisStore store,
            Clock clock,
            @Value("${pikir.analysis.fail-interrupted-runs-on-start:true}") boolean enabled) {
        this.store = store;
        this.clock = clock;
        this.enabled = enabled;
        this.processStart = clock.instant();
    }

    @EventListener(ApplicationReadyEvent.class)
    void failRunsOfEarlierProcesses() {
        if (!enabled) {
            return;
        }
        int n = store.failInterruptedRuns(processStart, clock.instant());
        if (n > 0) {
            LOG.info("{} re-clustering run(s) interrupted by the previous shutdown marked as failed", n);
        }
    }
}
