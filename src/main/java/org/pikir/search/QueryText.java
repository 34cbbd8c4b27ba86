package org.pikir.search;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Prepares the words of a query. Every word must match in some field, but a function word ("о", "және", "the") is
 * removed by its own language's analyzer and kept by the others', so it would be required in a field where the
 * document has no text: function words of any portal language are dropped from the query (outside quoted phrases,
 * whose analyzers drop them alike).
 */
final class QueryText {

    private static final CharArraySet FUNCTION_WORDS = SearchAnalysisConfigurer.allStopwords();

    private QueryText() {}

    /** The query without free-standing function words; empty if it had nothing else. */
    static String withoutFunctionWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inPhrase = false;
        for (String token : text.split("(?<=\\s)|(?=\\s)")) {
            boolean keep = true;
            if (!inPhrase && !token.isBlank() && token.chars().allMatch(Character::isLetter)) {
                keep = !FUNCTION_WORDS.contains(token.toLowerCase(Locale.ROOT));
            }
            if (keep) {
                out.append(token);
            }
            if (token.chars().filter(c -> c == '"').count() % 2 == 1) {
                inPhrase = !inPhrase;
            }
        }
        return out.toString().strip().replaceAll("\\s+", " ");
    }
}
