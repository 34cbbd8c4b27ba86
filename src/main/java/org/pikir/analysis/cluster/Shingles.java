package org.pikir.analysis.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pikir.analysis.engine.TextNormalizer;

/**
 * Word tokens and word k-shingles of a text, hashed to ints. Form letters are recognised by long runs of
 * identical words, which word shingles capture and character n-grams would blur.
 */
public final class Shingles {

    /** Words per shingle: five words in a row are rarely shared by independent writers. */
    public static final int K = 5;

    private Shingles() {}

    /** Lower-cased, normalised word tokens (letters and digits). */
    public static List<String> words(String text) {
        String lower = TextNormalizer.normalizeLower(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar =
                    i < lower.length() && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '\'');
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Hash of the shingle starting at {@code from} (K words, fewer when the text is shorter). */
    public static int hashAt(List<String> words, int from, int k) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + k && i < words.size(); i++) {
            h ^= words.get(i).hashCode();
            h *= 0x100000001b3L;
            h = Long.rotateLeft(h, 17);
        }
        return (int) (h ^ (h >>> 32));
    }

    /** Sorted distinct shingle hashes; a text shorter than K words is one shingle. */
    public static int[] of(List<String> words) {
        if (words.isEmpty()) {
            return new int[0];
        }
        int n = Math.max(1, words.size() - K + 1);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = hashAt(words, i, K);
        }
        Arrays.sort(out);
        return dedupe(out);
    }

    private static int[] dedupe(int[] sorted) {
        int w = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[w++] = sorted[i];
            }
        }
        return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
    }

    /** Size of the intersection of two sorted distinct arrays. */
    public static int overlap(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
