package org.pikir.analysis;

import java.time.Instant;
import java.util.List;

/** Read models of stored analysis results (what features and their views query). */
public final class AnalysisRecords {

    private AnalysisRecords() {}

    /** The stored decision for one item: its language (as submitted), campaign and topic in its scope. */
    public record StoredAssignment(
            ItemRef item, Scope scope, DetectedLanguage language, String campaignKey, String topicKey) {}

    /**
     * A stored campaign of a scope.
     *
     * @param templateItem the member whose text is the template
     * @param additions distinct sentences members added to the form letter
     */
    public record StoredCampaign(
            Scope scope,
            String key,
            int size,
            int variants,
            String template,
            String topicKey,
            Instant firstSeen,
            Instant lastSeen,
            List<Addition> additions,
            ItemRef templateItem) {

        public StoredCampaign {
            additions = List.copyOf(additions);
        }
    }

    /**
     * A sentence found in members of a campaign but not in its shared text.
     *
     * @param text the sentence as the citizen wrote it
     * @param firstItem the first member that contains it (null when unknown)
     * @param count how many members contain it
     */
    public record Addition(String text, ItemRef firstItem, int count) {}

    /** A stored topic of a scope. */
    public record StoredTopic(Scope scope, String key, String label, int size) {}

    /** A background re-clustering run. */
    public record RunStatus(
            long id,
            Scope scope,
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
