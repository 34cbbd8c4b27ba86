package org.pikir.analysis.service;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a re-clustering run's progress when it changes, from whichever thread reports it, each value in a
 * transaction of its own: it must be visible while the run's own write transaction is still open, and must not
 * use that transaction's connection (which is busy with the COPY of the results).
 */
public final class RunProgress {

    private final AnalysisStore store;
    private final TransactionTemplate own;
    private final long run;
    private int last = -1;

    public RunProgress(AnalysisStore store, TransactionTemplate tx, long run) {
        this.store = store;
        this.run = run;
        this.own = new TransactionTemplate(tx.getTransactionManager());
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records {@code value} (capped at 99: only the finished run shows 100) if it is higher than the last one. */
    public synchronized void set(long value) {
        int v = (int) Math.min(99, value);
        if (v > last) {
            last = v;
            own.executeWithoutResult(s -> store.progress(run, v));
        }
    }
}
