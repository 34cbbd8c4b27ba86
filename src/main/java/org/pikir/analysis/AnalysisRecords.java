package org.pikir.analysis;

import java.time.Instant;
import java.util.List;

/** Read models of stored analysis results (what other modules and views query). */
public final class AnalysisRecords {

    private AnalysisRecords() {}

    /** The stored decision for one item. */
    public record StoredAssignment(
            String kind,
            String id,
            String scope,
            String lang,
            double confidence,
            boolean mixed,
            String campaignKey,
            String topicKey) {}

    /** A stored campaign of a scope; {@code templateItemId} is the member ("kind:id") whose text is the template. */
    public record StoredCampaign(
            String scope,
            String key,
            int size,
            int variants,
            String template,
            String topicKey,
            Instant firstSeen,
            Instant lastSeen,
            List<Campaign.Addition> additions,
            String templateItemId) {}

    /** A stored topic of a scope. */
    public record StoredTopic(String scope, String key, String label, int size) {}

    /** A background re-clustering run. */
    public record RunStatus(
            long id,
            String scope,
            String status,
            int progress,
            int items,
            Instant startedAt,
            Instant finishedAt,
            String error) {

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }
}
