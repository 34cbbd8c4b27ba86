package org.pikir.analysis.cluster;

import java.util.ArrayList;
import java.util.List;
import org.pikir.analysis.engine.AnalyzerRegistry;
import org.pikir.analysis.langid.Transliteration;

/**
 * Turns a text into clustering features: the language's analyzed terms, folded so that Kazakh typed on a
 * Russian keyboard ("жаксы") meets the correct spelling ("жақсы"), plus a 5-letter prefix of each longer
 * word for the Turkic languages — a crude stemmer that is robust to the typos and unknown suffixes of
 * informal comments, where dictionary stemming fails.
 */
public final class FeatureExtractor {

    static final int PREFIX = 5;

    /**
     * Lucene's English stop set is deliberately tiny (for search); topics need pronouns and auxiliaries gone
     * too, or "we" and "would" become the most "distinctive" words of letters written in the first person.
     */
    private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of(
            "i", "me", "my", "we", "our", "us", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
            "them", "their", "what", "which", "who", "whom", "am", "is", "are", "was", "were", "be", "been", "being",
            "have", "ha", "has", "had", "do", "doe", "does", "did", "would", "should", "could", "can", "will", "shall",
            "may", "might", "must", "from", "about", "all", "also", "so", "than", "too", "very", "just", "more", "most",
            "other", "some", "any", "each", "onli", "only", "own", "same", "how", "when", "where", "why", "thi",
            "those", "these", "there", "here", "over", "under", "again", "further", "then", "once");

    private final AnalyzerRegistry analyzers;

    public FeatureExtractor(AnalyzerRegistry analyzers) {
        this.analyzers = analyzers;
    }

    /** Features paired with the surface form each came from (for labels). */
    public record Feature(String key, String surface) {}

    public List<Feature> features(String text, String lang) {
        List<Feature> out = new ArrayList<>();
        boolean turkic = !("ru".equals(lang) || "en".equals(lang));
        for (AnalyzerRegistry.Token token : analyzers.tokens(lang, text)) {
            String term = token.term();
            if (term.length() < 2 || isNumber(term) || ("en".equals(lang) && ENGLISH_FUNCTION_WORDS.contains(term))) {
                continue;
            }
            String surface = token.surface().toLowerCase(java.util.Locale.ROOT);
            String folded = Transliteration.withoutExtraCyrillicLetters(term);
            out.add(new Feature(folded, surface));
            if (turkic && folded.length() > PREFIX + 1) {
                out.add(new Feature("~" + folded.substring(0, PREFIX), surface));
            }
        }
        return out;
    }

    private static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
