package org.pikir.analysis.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.pikir.analysis.cluster.CampaignBuilder;
import org.pikir.analysis.cluster.IntIntMap;
import org.pikir.analysis.cluster.MinHasher;
import org.pikir.analysis.cluster.Shingles;
import org.pikir.analysis.cluster.UnionFind;

/**
 * Finds form-letter campaigns: MinHash over word 5-shingles, LSH buckets to find candidates in linear time,
 * each candidate pair verified by exact shingle containment, groups by union-find.
 *
 * <p>Containment (shared / smaller set) rather than Jaccard, because a citizen who pastes the form letter
 * and adds three paragraphs of their own is still part of the campaign — and is exactly the member an
 * official needs to see. Per band, each item is verified against the first and the previous item of its
 * bucket only, which keeps the work linear even for a campaign with a million members.
 */
public final class CampaignDetector {

    /**
     * @param bands LSH bands
     * @param rows rows per band; 64×2 makes pairs with Jaccard ≈ 0.2 collide with probability ≈ 0.93
     * @param minContainment shared shingles / shingles of the smaller text needed to join
     * @param longOverlap shared shingles that join regardless of containment (a copied paragraph)
     * @param minCampaignSize smallest group reported as a campaign
     * @param singleRowBands extra bands of one hash each (reusing the first hash functions): they make pairs
     *     that share a long copied passage but little else (Jaccard ≈ 0.1) candidates too, at no hashing cost;
     *     off by default: on the Title IX set it found two more major edits but also merged unique comments
     *     that quote a campaign's paragraph (see docs/benchmarks.md)
     */
    public record Settings(
            int bands, int rows, double minContainment, int longOverlap, int minCampaignSize, int singleRowBands) {
        public static Settings defaults() {
            return new Settings(64, 2, 0.5, 20, 2, 0);
        }
    }

    /** Campaigns (largest first) and, for every item in one, its campaign id. */
    public record Result(List<Campaign> campaigns, Map<String, String> campaignByItem) {}

    private final Settings settings;
    private final MinHasher hasher;

    public CampaignDetector(Settings settings) {
        this.settings = settings;
        this.hasher = new MinHasher(settings.bands(), settings.rows());
    }

    public CampaignDetector() {
        this(Settings.defaults());
    }

    /** Detects campaigns among {@code items}; ids must be unique. */
    public Result detect(List<TextItem> items) {
        return detect(items, done -> {});
    }

    /**
     * Detects campaigns among {@code items}; ids must be unique. {@code progress} receives the share of the
     * work done (0–1) as band groups complete.
     */
    public Result detect(List<TextItem> items, java.util.function.DoubleConsumer progress) {
        return detect(items, progress, null);
    }

    /**
     * {@link #detect(List, java.util.function.DoubleConsumer)}; when {@code shinglesOut} is given it receives
     * every item's shingles (identical texts share one array) so the online index need not compute them again.
     */
    Result detect(List<TextItem> items, java.util.function.DoubleConsumer progress, int[][] shinglesOut) {
        int n = items.size();
        int[][] shingles = shinglesOut != null ? shinglesOut : new int[n][];
        // Form letters repeat texts verbatim: shingle each distinct text once and share the array.
        int[] firstOf = new int[n];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer f = seen.putIfAbsent(items.get(i).text(), i);
            firstOf[i] = f == null ? i : f;
        }
        seen = null;
        IntStream.range(0, n)
                .parallel()
                .filter(i -> firstOf[i] == i)
                .forEach(i ->
                        shingles[i] = Shingles.of(Shingles.words(items.get(i).text())));
        for (int i = 0; i < n; i++) {
            shingles[i] = shingles[firstOf[i]];
        }
        progress.accept(0.2);
        int singleRowBands = Math.min(settings.singleRowBands(), settings.bands() * settings.rows());
        int totalBands = settings.bands() + singleRowBands;
        UnionFind sets = new UnionFind(n);
        IntIntMap first = new IntIntMap(n);
        IntIntMap last = new IntIntMap(n);
        // Band keys are computed BAND_GROUP bands at a time: the same hashing work as one full signature per
        // item, but 16 instead of 64 int arrays of n keys held at once (64 MB instead of 256 MB at a million).
        int[][] bandKeys = new int[Math.min(BAND_GROUP, totalBands)][n];
        for (int from = 0; from < totalBands; from += BAND_GROUP) {
            int to = Math.min(totalBands, from + BAND_GROUP);
            int groupFrom = from;
            IntStream.range(0, n).parallel().forEach(i -> bandKeysOf(shingles[i], groupFrom, to, bandKeys, i));
            for (int b = from; b < to; b++) {
                int[] keys = bandKeys[b - from];
                first.clear();
                last.clear();
                for (int i = 0; i < n; i++) {
                    if (shingles[i].length == 0) {
                        continue;
                    }
                    int f = first.putIfAbsent(keys[i], i);
                    int l = last.put(keys[i], i);
                    if (f != i) {
                        tryJoin(sets, shingles, i, f);
                    }
                    if (l != IntIntMap.MISSING && l != f) {
                        tryJoin(sets, shingles, i, l);
                    }
                }
            }
            progress.accept(0.2 + 0.7 * to / totalBands);
        }
        Result result = collect(items, shingles, sets);
        progress.accept(1.0);
        return result;
    }

    /** Bands processed per pass over the items. */
    private static final int BAND_GROUP = 16;

    /** Band keys {@code from}..{@code to} of one item; bands past {@code settings.bands()} are single-hash bands. */
    private void bandKeysOf(int[] sh, int from, int to, int[][] out, int item) {
        int bands = settings.bands();
        if (from < bands) {
            int end = Math.min(to, bands);
            long[] sig = hasher.signature(sh, from, end);
            for (int b = from; b < end; b++) {
                out[b - from][item] = (int) hasher.bandKey(sig, from, b);
            }
        }
        if (to > bands) {
            // Single-row bands reuse the first hash functions: hash function j is band (j / rows)'s row (j % rows).
            int rows = settings.rows();
            int start = Math.max(from, bands);
            int firstFn = start - bands;
            int lastFn = to - bands;
            long[] sig = hasher.signature(sh, firstFn / rows, (lastFn + rows - 1) / rows);
            int base = (firstFn / rows) * rows;
            for (int b = start; b < to; b++) {
                long h = sig[b - bands - base] * 0x9E3779B97F4A7C15L;
                out[b - from][item] = (int) (h ^ (h >>> 32));
            }
        }
    }

    private void tryJoin(UnionFind sets, int[][] shingles, int a, int b) {
        if (sets.find(a) != sets.find(b) && similar(shingles[a], shingles[b])) {
            sets.union(a, b);
        }
    }

    /** The verification step: exact shingle overlap between two texts. */
    public boolean similar(int[] a, int[] b) {
        int shared = Shingles.overlap(a, b);
        int smaller = Math.min(a.length, b.length);
        if (smaller == 0) {
            return false;
        }
        return shared >= settings.longOverlap()
                || (shared >= Math.min(3, smaller) && shared >= settings.minContainment() * smaller);
    }

    private Result collect(List<TextItem> items, int[][] shingles, UnionFind sets) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (sets.sizeOf(i) >= settings.minCampaignSize()) {
                groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
            }
        }
        List<List<Integer>> ordered = new ArrayList<>(groups.values());
        ordered.sort(
                Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
        List<Campaign> campaigns = new ArrayList<>();
        Map<String, String> byItem = new HashMap<>();
        for (List<Integer> g : ordered) {
            String id = "C" + (campaigns.size() + 1);
            List<TextItem> members = g.stream().map(items::get).toList();
            List<int[]> memberShingles = g.stream().map(i -> shingles[i]).toList();
            campaigns.add(CampaignBuilder.build(id, members, memberShingles));
            members.forEach(m -> byItem.put(m.id(), id));
        }
        return new Result(List.copyOf(campaigns), Map.copyOf(byItem));
    }
}
