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

    /** Prefix of profiles that only serve to reject foreign text (see {@link #scoreBoth}). */
    public static final String OTHER_PREFIX = "other_";

    /**
     * Log-probabilities of one n-gram per profile; {@code core} is false for n-grams that only "other_" profiles
     * know. Core scores skip those, so adding such a profile never shifts the decisions between the core profiles
     * (their "unseen" costs differ with each profile's size).
     */
    private record Row(float[] logProbs, boolean core) {}

    /** Core scores ("other_" profiles at negative infinity) and scores of every profile, from one pass. */
    public record Scores(double[] core, int coreCounted, double[] withOthers, int withOthersCounted) {}

    private final String[] labels;
    private final Map<String, Row> table;
    private final boolean[] isOther;

    private NgramProfiles(String[] labels, Map<String, Row> table) {
        this.labels = labels;
        this.table = table;
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
            Map<String, Row> table = new HashMap<>(1 << 17);
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
            for (String gram : List.copyOf(table.keySet())) {
                float[] row = new float[labels.length];
                boolean core = false;
                int order = NgramExtractor.order(gram);
                for (int l = 0; l < labels.length; l++) {
                    Long c = counts.get(l).get(gram);
                    row[l] = c == null
                            ? unseen[l][order]
                            : (float) Math.log(c / (double) totalsOf(counts.get(l), order));
                    core |= c != null && !labels[l].startsWith(OTHER_PREFIX);
                }
                table.put(gram, new Row(row, core));
            }
            return new NgramProfiles(labels, table);
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
        double[] sums = new double[labels.length];
        int[] n = {0};
        NgramExtractor.forEachNgram(lower, gram -> {
            Row row = table.get(gram);
            if (row != null && row.core()) {
                n[0]++;
                add(sums, row.logProbs());
            }
        });
        excludeOthers(sums);
        if (counted != null) {
            counted[0] = n[0];
        }
        return sums;
    }

    /** {@link #score} and the scores of every profile ("other_" included, over every known n-gram) in one pass. */
    public Scores scoreBoth(String lower) {
        double[] core = new double[labels.length];
        double[] all = new double[labels.length];
        int[] n = {0, 0};
        NgramExtractor.forEachNgram(lower, gram -> {
            Row row = table.get(gram);
            if (row != null) {
                n[1]++;
                add(all, row.logProbs());
                if (row.core()) {
                    n[0]++;
                    add(core, row.logProbs());
                }
            }
        });
        excludeOthers(core);
        return new Scores(core, n[0], all, n[1]);
    }

    private static void add(double[] sums, float[] row) {
        for (int l = 0; l < row.length; l++) {
            sums[l] += row[l];
        }
    }

    private void excludeOthers(double[] sums) {
        for (int l = 0; l < sums.length; l++) {
            if (isOther[l]) {
                sums[l] = Double.NEGATIVE_INFINITY;
            }
        }
    }

    /** Number of distinct n-grams held (for memory reports). */
    public int size() {
        return table.size();
    }
}
