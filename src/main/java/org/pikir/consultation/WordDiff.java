package org.pikir.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level comparison of two texts (longest common subsequence over words, whitespace kept with the word
 * before it). Plain Java; used for the version diff in any language.
 */
public final class WordDiff {

    /** A run of text that is in both versions, only in the old one, or only in the new one. */
    public enum Op {
        SAME,
        REMOVED,
        ADDED
    }

    public record Segment(Op op, String text) {}

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");
    // Above this many word pairs the quadratic table would be too big; fall back to replace-all.
    private static final long MAX_CELLS = 25_000_000L;

    private WordDiff() {}

    /** Segments that turn {@code before} into {@code after}; adjacent segments of one kind are merged. */
    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size()
                && prefix < b.size()
                && a.get(prefix).strip().equals(b.get(prefix).strip())) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix)
                        .strip()
                        .equals(b.get(b.size() - 1 - suffix).strip())) {
            suffix++;
        }
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            add(out, Op.SAME, b.get(i));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if ((long) midA.size() * midB.size() > MAX_CELLS) {
            midA.forEach(t -> add(out, Op.REMOVED, t));
            midB.forEach(t -> add(out, Op.ADDED, t));
        } else {
            lcs(midA, midB, out);
        }
        for (int i = b.size() - suffix; i < b.size(); i++) {
            add(out, Op.SAME, b.get(i));
        }
        return out;
    }

    private static void lcs(List<String> a, List<String> b, List<Segment> out) {
        int n = a.size();
        int m = b.size();
        int[][] table = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                table[i][j] = a.get(i).strip().equals(b.get(j).strip())
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).strip().equals(b.get(j).strip())) {
                add(out, Op.SAME, b.get(j));
                i++;
                j++;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                add(out, Op.REMOVED, a.get(i++));
            } else {
                add(out, Op.ADDED, b.get(j++));
            }
        }
        while (i < n) {
            add(out, Op.REMOVED, a.get(i++));
        }
        while (j < m) {
            add(out, Op.ADDED, b.get(j++));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Segment> out, Op op, String text) {
        if (!out.isEmpty() && out.getLast().op() == op) {
            out.set(out.size() - 1, new Segment(op, out.getLast().text() + text));
        } else {
            out.add(new Segment(op, text));
        }
    }
}
