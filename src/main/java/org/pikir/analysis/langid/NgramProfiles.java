package org.pikir.analysis.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Naive-Bayes character n-gram model over the profiles in {@code /org/pikir/analysis/langid/}.
 *
 * <p>One table maps each n-gram to a log-probability per profile, so scoring a text costs one hash lookup
 * per n-gram regardless of the number of profiles. N-grams no profile knows are skipped (they say nothing
 * about the language); a profile that lacks a gram others know is charged its own smoothed "unseen" cost.
 */
public final class NgramProfiles {

  private static final String BASE = "/org/pikir/analysis/langid/";

  /** Prefix of profiles that only serve to reject foreign text (see {@link #scoreWithOthers}). */
  public static final String OTHER_PREFIX = "other_";

  private final String[] labels;
  private final Map<String, float[]> logProbs;
  /** N-grams that only "other_" profiles know; {@link #score} skips them, so adding such a profile never shifts
   * the decisions between the core profiles (their "unseen" costs differ with each profile's size). */
  private final java.util.Set<String> otherOnly;
  private final boolean[] isOther;

  private NgramProfiles(String[] labels, Map<String, float[]> logProbs, java.util.Set<String> otherOnly) {
    this.labels = labels;
    this.logProbs = logProbs;
    this.otherOnly = otherOnly;
    this.isOther = new boolean[labels.length];
    for (int i = 0; i < labels.length; i++) {
      isOther[i] = labels[i].startsWith(OTHER_PREFIX);
    }
  }

  /** Loads the profiles shipped with the application. */
  public static NgramProfiles loadDefault() {
    List<String> names = new ArrayList<>();
    try (BufferedReader r = open("profiles.list")) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.trim());
        }
      }
      String[] labels = names.toArray(String[]::new);
      Map<String, float[]> table = new HashMap<>(1 << 17);
      float[][] unseen = new float[labels.length][NgramExtractor.MAX_ORDER + 1];
      List<Map<String, Long>> counts = new ArrayList<>();
      for (int l = 0; l < labels.length; l++) {
        Map<String, Long> c = new HashMap<>();
        long[] totals = readProfile(labels[l], c);
        for (int n = 1; n <= NgramExtractor.MAX_ORDER; n++) {
          unseen[l][n] = (float) Math.log(0.5 / (totals[n] + 1.0));
        }
        counts.add(c);
        c.keySet().forEach(g -> table.putIfAbsent(g, null));
      }
      java.util.Set<String> otherOnly = new java.util.HashSet<>();
      for (String gram : List.copyOf(table.keySet())) {
        boolean core = false;
        for (int l = 0; l < labels.length; l++) {
          core |= !labels[l].startsWith(OTHER_PREFIX) && counts.get(l).containsKey(gram);
        }
        if (!core) {
          otherOnly.add(gram);
        }
        float[] row = new float[labels.length];
        int order = NgramExtractor.order(gram);
        for (int l = 0; l < labels.length; l++) {
          Long c = counts.get(l).get(gram);
          row[l] = c == null ? unseen[l][order] : (float) Math.log(c / (double) totalsOf(counts.get(l), order));
        }
        table.put(gram, row);
      }
      return new NgramProfiles(labels, table, otherOnly);
    } catch (IOException e) {
      throw new UncheckedIOException("language profiles missing from the classpath", e);
    }
  }

  private static long totalsOf(Map<String, Long> c, int order) {
    return c.get("#" + order);
  }

  private static long[] readProfile(String label, Map<String, Long> into) throws IOException {
    long[] totals = new long[NgramExtractor.MAX_ORDER + 1];
    try (BufferedReader r = open(label + ".ngrams")) {
      String header = r.readLine();
      String[] t = header.split("\t");
      for (int n = 1; n <= NgramExtractor.MAX_ORDER; n++) {
        totals[n] = Long.parseLong(t[n]);
        into.put("#" + n, totals[n]);
      }
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.lastIndexOf('\t');
        into.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
      }
    }
    return totals;
  }

  private static BufferedReader open(String name) throws IOException {
    InputStream in = NgramProfiles.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IOException("missing resource " + BASE + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Profile labels, in the order of the score arrays. */
  public String[] labels() {
    return labels.clone();
  }

  /** Index of a label, or -1. */
  public int indexOf(String label) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i].equals(label)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Sum of log-probabilities per core profile for a lower-cased normalised text ("other_" profiles score
   * negative infinity); {@code counted[0]} receives the number of known n-grams, so callers can scale the
   * scores for length.
   */
  public double[] score(String lower, int[] counted) {
    return score(lower, counted, false);
  }

  /** Like {@link #score}, but every profile, "other_" ones included, over every n-gram any profile knows. */
  public double[] scoreWithOthers(String lower, int[] counted) {
    return score(lower, counted, true);
  }

  private double[] score(String lower, int[] counted, boolean withOthers) {
    double[] sums = new double[labels.length];
    int[] n = {0};
    NgramExtractor.forEachNgram(
        lower,
        gram -> {
          float[] row = logProbs.get(gram);
          if (row != null && (withOthers || !otherOnly.contains(gram))) {
            n[0]++;
            for (int l = 0; l < row.length; l++) {
              sums[l] += row[l];
            }
          }
        });
    if (!withOthers) {
      for (int l = 0; l < sums.length; l++) {
        if (isOther[l]) {
          sums[l] = Double.NEGATIVE_INFINITY;
        }
      }
    }
    if (counted != null) {
      counted[0] = n[0];
    }
    return sums;
  }

  /** Number of distinct n-grams held (for memory reports). */
  public int size() {
    return logProbs.size();
  }
}
