package org.pikir.analysis.langid;

import java.util.Set;

/**
 * Persian grammar that Turkic Uzbek never shows: the copula "аст", plural "-ҳо(и)", object marker "-ро",
 * the verb prefix "ме-" with personal endings. Used when a Tajik text happens to lack ӣ, ӯ and ҷ, the
 * letters that otherwise separate it from Uzbek Cyrillic.
 */
public final class TajikMarkers {

    private static final Set<String> WORDS = Set.of("аст", "мебошад", "шумо", "барои", "дар", "онҳо", "буд", "ман");

    private TajikMarkers() {}

    /** True when at least one Tajik-only grammatical marker occurs in the lower-cased text. */
    public static boolean present(String lower) {
        for (String w : lower.split("[^\\p{L}]+")) {
            if (WORDS.contains(w)
                    || (w.length() >= 4 && (w.endsWith("ҳо") || w.endsWith("ҳои") || w.endsWith("ро")))
                    || (w.length() >= 5 && w.startsWith("ме") && endsWithPersonalEnding(w))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithPersonalEnding(String w) {
        return w.endsWith("ад") || w.endsWith("анд") || w.endsWith("ам") || w.endsWith("ед") || w.endsWith("ем");
    }
}
