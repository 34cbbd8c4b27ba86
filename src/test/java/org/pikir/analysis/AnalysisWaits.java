package org.pikir.analysis;

import java.util.function.BooleanSupplier;
import org.pikir.analysis.AnalysisRecords.RunStatus;

/** Waiting for the analysis module's background work (after-commit listeners, re-clustering runs) in tests. */
public final class AnalysisWaits {

    private static final long TIMEOUT_MS = 60_000;

    private AnalysisWaits() {}

    /** Waits until the condition holds; fails with {@code what} after a minute. */
    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(200);
        }
    }

    /** Waits until a run has stopped running and returns its final status. */
    public static RunStatus finished(AnalysisService analysis, long run) throws InterruptedException {
        until(
                "run " + run + " to finish",
                () -> !analysis.run(run).orElseThrow().running());
        return analysis.run(run).orElseThrow();
    }
}
