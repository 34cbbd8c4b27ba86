package org.pikir.analysis;

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
  public record Settings(int bands, int rows, double minContainment, int longOverlap, int minCampaignSize,
      int singleRowBands) {
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
    int n = items.size();
    int[][] shingles = new int[n][];
    int totalBands = settings.bands() + Math.min(settings.singleRowBands(), settings.bands() * settings.rows());
    int[][] bandKeys = new int[totalBands][n];
    IntStream.range(0, n).parallel().forEach(i -> {
      shingles[i] = Shingles.of(Shingles.words(items.get(i).text()));
      long[] sig = hasher.signature(shingles[i]);
      for (int b = 0; b < settings.bands(); b++) {
        bandKeys[b][i] = (int) hasher.bandKey(sig, b);
      }
      for (int b = settings.bands(); b < totalBands; b++) {
        long h = sig[b - settings.bands()] * 0x9E3779B97F4A7C15L;
        bandKeys[b][i] = (int) (h ^ (h >>> 32));
      }
    });
    UnionFind sets = new UnionFind(n);
    IntIntMap first = new IntIntMap(n);
    IntIntMap last = new IntIntMap(n);
    for (int b = 0; b < totalBands; b++) {
      first.clear();
      last.clear();
      int[] keys = bandKeys[b];
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
      bandKeys[b] = null; // free as we go: at a million items each band holds 4 MB
    }
    return collect(items, shingles, sets);
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
    ordered.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
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
