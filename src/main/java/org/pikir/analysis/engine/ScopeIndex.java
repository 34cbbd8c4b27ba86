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
 * <p>Not thread-safe for writers: the owning service serialises {@link #assign} per scope.
 */
public final class ScopeIndex {

    /**
     * Bands used online (of the batch's 64): 16 keep the index at ~40 MB per 100,000 items and still find a
     * near-duplicate with Jaccard 0.5 with probability 0.99; the next batch run catches what this misses.
     */
    static final int ONLINE_BANDS = 16;

    private final LanguageIdentifier identifier;
    private final CampaignDetector detector;
    private final MinHasher hasher;
    private final TopicModel topics;
    private final IntIntMap[] bands;
    private final List<int[]> shingles = new ArrayList<>();
    private final List<String> campaignOf = new ArrayList<>();
    private final List<String> topicOf = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private int provisional;
    private String promoted;

    ScopeIndex(LanguageIdentifier identifier, CampaignDetector.Settings settings, TopicModel topics, int expected) {
        this.identifier = identifier;
        this.detector = new CampaignDetector(settings);
        // Its own, smaller hasher: only the online bands are ever looked up, so only their hashes are computed.
        this.hasher = new MinHasher(Math.min(ONLINE_BANDS, settings.bands()), settings.rows());
        this.topics = topics;
        this.bands = new IntIntMap[Math.min(ONLINE_BANDS, settings.bands())];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = new IntIntMap(Math.max(16, expected));
        }
    }

    /** Adds an already-analysed item (batch result, with its shingles) without re-deciding it. */
    void add(String itemId, int[] shingles, String campaignId, String topicId) {
        insert(itemId, shingles, campaignId, topicId);
    }

    /** Decides campaign and topic (and language, unless the item carries one) for a new item and remembers it for later arrivals. */
    public Assignment assign(TextItem item) {
        DetectedLanguage lang = item.language() != null ? item.language() : identifier.detect(item.text());
        int[] sh = Shingles.of(Shingles.words(item.text()));
        int match = -1;
        if (sh.length > 0) {
            long[] sig = hasher.signature(sh);
            for (int b = 0; b < bands.length && match < 0; b++) {
                int other = bands[b].get((int) hasher.bandKey(sig, b));
                if (other != IntIntMap.MISSING && detector.similar(sh, shingles.get(other))) {
                    match = other;
                }
            }
        }
        String campaign = null;
        String topic;
        promoted = null;
        if (match >= 0) {
            campaign = campaignOf.get(match);
            if (campaign == null) {
                campaign = "N" + (++provisional);
                campaignOf.set(match, campaign);
                promoted = ids.get(match);
            }
            topic = topicOf.get(match);
        } else {
            topic = topics.assign(item.text(), lang.lang());
            if (topic == null) {
                // No topics yet (a fresh scope) or no known word: the largest topic, or T1 until the next batch run.
                topic = topics.topics().isEmpty()
                        ? "T1"
                        : topics.topics().get(0).id();
            }
        }
        insert(item.id(), sh, campaign, topic);
        return new Assignment(item.id(), lang, campaign, topic);
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
        return ids.size();
    }

    private void insert(String itemId, int[] sh, String campaignId, String topicId) {
        int idx = shingles.size();
        boolean firstInABand = false;
        if (sh.length > 0) {
            long[] sig = hasher.signature(sh);
            for (int b = 0; b < bands.length; b++) {
                firstInABand |= bands[b].putIfAbsent((int) hasher.bandKey(sig, b), idx) == idx;
            }
        }
        // Only the first item of a band bucket is ever compared with newcomers; the shingles of the others (most
        // members of a campaign) would be dead weight — a few hundred MB for a million-item scope.
        shingles.add(firstInABand ? sh : null);
        campaignOf.add(campaignId);
        topicOf.add(topicId);
        ids.add(itemId);
    }
}
