package org.pikir.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.cluster.IntIntMap;
import org.pikir.analysis.cluster.MinHasher;
import org.pikir.analysis.cluster.Shingles;

/**
 * Online assignment for one scope: a new item joins the campaign of a near-duplicate found through the
 * same LSH bands as the batch run, otherwise the nearest topic. New items are added to the index, so a
 * campaign that starts after the last re-clustering is noticed as soon as its second letter arrives
 * (ids "N1", "N2"… mark such provisional campaigns until the next batch run names them).
 *
 * <p>What the index knows lives in a {@link State}: in memory for the batch engine and the command line
 * ({@link #inMemory}), in PostgreSQL for the application, so that every node of a cluster assigns a new
 * comment to the same campaign. The decision itself is made here, the same way for both. Not thread-safe for
 * writers: the owner serialises {@link #assign} per scope (the application with a row lock on the scope).
 */
public final class ScopeIndex {

    /**
     * Bands used online (of the batch's 64): 16 keep the index at ~40 MB per 100,000 items and still find a
     * near-duplicate with Jaccard 0.5 with probability 0.99; the next batch run catches what this misses.
     */
    static final int ONLINE_BANDS = 16;

    /**
     * The first item stored under a band key.
     *
     * @param ref the state's own reference (position in memory, row number in the database)
     */
    public record Representative(long ref, String itemId, int[] shingles, String campaignId, String topicId) {}

    /** Where the index keeps its items: the first item per band key, with its shingles and assignment. */
    public interface State {

        /** Per band (array index), the representative of that band's key, or null. */
        Representative[] representatives(int[] bandKeys);

        /**
         * Remembers a decided item. {@code first[b]} tells whether it is the first under band b's key (only then
         * are its shingles ever compared with later items, so they need keeping only if one is true).
         */
        void add(String itemId, int[] bandKeys, boolean[] first, int[] shingles, String campaignId, String topicId);

        /** A provisional campaign id not used in the scope since the last batch run. */
        String newProvisionalCampaign();

        /** Gives an earlier item (a representative) the campaign a newcomer just started with it. */
        void setCampaign(Representative item, String campaignId);

        /** Items known. */
        int size();
    }

    private final LanguageIdentifier identifier;
    private final CampaignDetector detector;
    private final MinHasher hasher;
    private final TopicModel topics;
    private final State state;
    private String promoted;

    ScopeIndex(LanguageIdentifier identifier, CampaignDetector.Settings settings, TopicModel topics, State state) {
        this.identifier = identifier;
        this.detector = new CampaignDetector(settings);
        // Its own, smaller hasher: only the online bands are ever looked up, so only their hashes are computed.
        this.hasher = new MinHasher(bands(settings), settings.rows());
        this.topics = topics;
        this.state = state;
    }

    static int bands(CampaignDetector.Settings settings) {
        return Math.min(ONLINE_BANDS, settings.bands());
    }

    /** An index whose state is kept in this JVM's memory (batch runs, the command line, tests). */
    static ScopeIndex inMemory(
            LanguageIdentifier identifier, CampaignDetector.Settings settings, TopicModel topics, int expected) {
        return new ScopeIndex(identifier, settings, topics, new MemoryState(bands(settings), expected));
    }

    /** Adds an already-analysed item (batch result, with its shingles) without re-deciding it. */
    void add(String itemId, int[] shingles, String campaignId, String topicId) {
        int[] keys = bandKeys(shingles);
        Representative[] reps = keys.length > 0 ? state.representatives(keys) : new Representative[0];
        state.add(itemId, keys, firsts(reps, itemId), shingles, campaignId, topicId);
    }

    /** Decides campaign and topic (and language, unless the item carries one) for a new item and remembers it for later arrivals. */
    public Assignment assign(TextItem item) {
        DetectedLanguage lang = item.language() != null ? item.language() : identifier.detect(item.text());
        int[] sh = Shingles.of(Shingles.words(item.text()));
        int[] keys = bandKeys(sh);
        Representative[] reps = keys.length > 0 ? state.representatives(keys) : new Representative[0];
        Representative match = null;
        for (int b = 0; b < reps.length && match == null; b++) {
            Representative r = reps[b];
            // An item re-assigned after a batch run finds itself under its own keys: never its own duplicate.
            if (r != null
                    && !r.itemId().equals(item.id())
                    && r.shingles() != null
                    && detector.similar(sh, r.shingles())) {
                match = r;
            }
        }
        String campaign = null;
        String topic;
        promoted = null;
        if (match != null) {
            campaign = match.campaignId();
            if (campaign == null) {
                campaign = state.newProvisionalCampaign();
                state.setCampaign(match, campaign);
                promoted = match.itemId();
            }
            topic = match.topicId();
        } else {
            topic = topics.assign(item.text(), lang.lang());
            if (topic == null) {
                // No topics yet (a fresh scope) or no known word: the largest topic, or T1 until the next batch run.
                topic = topics.topics().isEmpty()
                        ? "T1"
                        : topics.topics().get(0).id();
            }
        }
        state.add(item.id(), keys, firsts(reps, item.id()), sh, campaign, topic);
        return new Assignment(item.id(), lang, campaign, topic);
    }

    /** The LSH band keys of a text's shingles (one per online band; none for a text without shingles). */
    public int[] bandKeys(int[] shingles) {
        if (shingles.length == 0) {
            return new int[0];
        }
        long[] sig = hasher.signature(shingles);
        int[] keys = new int[hasher.bands()];
        for (int b = 0; b < keys.length; b++) {
            keys[b] = (int) hasher.bandKey(sig, b);
        }
        return keys;
    }

    private static boolean[] firsts(Representative[] reps, String itemId) {
        boolean[] first = new boolean[reps.length];
        for (int b = 0; b < reps.length; b++) {
            first[b] = reps[b] == null;
        }
        return first;
    }

    /**
     * The earlier item that the last {@link #assign} call pulled into a new provisional campaign (its stored
     * assignment needs the campaign too), or null.
     */
    public String promotedItemId() {
        return promoted;
    }

    /** Number of items known to the index. */
    public int size() {
        return state.size();
    }

    /**
     * Hands every representative of an in-memory index to {@code sink}: position of the item in insertion order,
     * band, band key; and {@code shingles} the shingles of every item that represents at least one band. Used to
     * write a batch run's index into the database once (a scope analysed before the index lived there).
     */
    public void export(RepresentativeSink sink, ShinglesSink shingles) {
        if (!(state instanceof MemoryState m)) {
            throw new IllegalStateException("only an in-memory index can be exported");
        }
        m.export(sink, shingles);
    }

    @FunctionalInterface
    public interface RepresentativeSink {
        void accept(int position, int band, int bandKey);
    }

    @FunctionalInterface
    public interface ShinglesSink {
        void accept(int position, int[] shingles);
    }

    /** The state in this JVM: one open-addressing map per band, and per item its campaign and topic. */
    private static final class MemoryState implements State {

        private final IntIntMap[] bands;
        private final List<int[]> shingles = new ArrayList<>();
        private final List<String> campaignOf = new ArrayList<>();
        private final List<String> topicOf = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private int provisional;

        MemoryState(int bandCount, int expected) {
            bands = new IntIntMap[bandCount];
            for (int b = 0; b < bandCount; b++) {
                bands[b] = new IntIntMap(Math.max(16, expected));
            }
        }

        @Override
        public Representative[] representatives(int[] bandKeys) {
            Representative[] out = new Representative[bandKeys.length];
            for (int b = 0; b < bandKeys.length; b++) {
                int idx = bands[b].get(bandKeys[b]);
                if (idx != IntIntMap.MISSING) {
                    out[b] = new Representative(
                            idx, ids.get(idx), shingles.get(idx), campaignOf.get(idx), topicOf.get(idx));
                }
            }
            return out;
        }

        @Override
        public void add(String itemId, int[] bandKeys, boolean[] first, int[] sh, String campaignId, String topicId) {
            int idx = ids.size();
            boolean firstInABand = false;
            for (int b = 0; b < bandKeys.length; b++) {
                if (first[b]) {
                    firstInABand |= bands[b].putIfAbsent(bandKeys[b], idx) == idx;
                }
            }
            // Only the first item of a band bucket is ever compared with newcomers; the shingles of the others (most
            // members of a campaign) would be dead weight — a few hundred MB for a million-item scope.
            shingles.add(firstInABand ? sh : null);
            campaignOf.add(campaignId);
            topicOf.add(topicId);
            ids.add(itemId);
        }

        @Override
        public String newProvisionalCampaign() {
            return "N" + (++provisional);
        }

        @Override
        public void setCampaign(Representative item, String campaignId) {
            campaignOf.set((int) item.ref(), campaignId);
        }

        @Override
        public int size() {
            return ids.size();
        }

        void export(RepresentativeSink sink, ShinglesSink shinglesSink) {
            for (int b = 0; b < bands.length; b++) {
                int band = b;
                bands[b].forEach((key, idx) -> sink.accept(idx, band, key));
            }
            for (int i = 0; i < shingles.size(); i++) {
                if (shingles.get(i) != null) {
                    shinglesSink.accept(i, shingles.get(i));
                }
            }
        }
    }
}
