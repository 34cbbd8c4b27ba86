package org.pikir.consideration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pikir.consideration.CommentClusters.Addition;
import org.pikir.consultation.Trilingual;

/** The officials' workspace of one draft: its comments grouped as campaigns, topics and unclustered ones. */
public record Workspace(
        long draftId, Trilingual title, List<Group> groups, List<ArticleOption> articles, boolean clustered) {

    /** An article of any version, for filters and for linking changed articles. */
    public record ArticleOption(long id, String number, int version, Trilingual heading) {}

    public enum GroupKind {
        CAMPAIGN,
        TOPIC,
        UNCLUSTERED
    }

    /** A comment with its tallies and where it stands. */
    public record Item(
            long id,
            Long articleId,
            String articleNumber,
            String body,
            String language,
            int agree,
            int disagree,
            Instant createdAt,
            Outcome outcome,
            DecisionLevel via,
            boolean needsOwnLook,
            String reason,
            boolean hasAdditions) {

        public DecisionState state() {
            return outcome == null
                    ? DecisionState.UNDECIDED
                    : needsOwnLook ? DecisionState.NEEDS_OWN_LOOK : DecisionState.DECIDED;
        }
    }

    /** A campaign, a topic or the unclustered rest; key is the cluster key (null for unclustered). */
    public record Group(
            GroupKind kind, String key, String label, List<Item> items, List<Addition> additions, boolean hasDecision) {

        public int size() {
            return items.size();
        }

        public int agree() {
            return items.stream().mapToInt(Item::agree).sum();
        }

        public int disagree() {
            return items.stream().mapToInt(Item::disagree).sum();
        }

        /** Comments per language, by language code. */
        public Map<String, Long> languages() {
            Map<String, Long> result = new TreeMap<>();
            items.forEach(i -> result.merge(i.language(), 1L, Long::sum));
            return result;
        }

        public long decided() {
            return items.stream().filter(i -> i.outcome() != null).count();
        }

        public long needingOwnLook() {
            return items.stream().filter(Item::needsOwnLook).count();
        }
    }

    /** Filter of the tree; null or blank fields do not filter. */
    public record Filter(Long articleId, String language, DecisionState state, Integer minSize, String text) {

        public static final Filter NONE = new Filter(null, null, null, null, null);
    }
}
