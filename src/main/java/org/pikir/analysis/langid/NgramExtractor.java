package org.pikir.analysis.langid;

import java.util.function.Consumer;

/**
 * Splits lower-cased, normalised text into the character n-grams (orders 1 to {@value #MAX_ORDER}) that both
 * the profile trainer and the detector use; sharing one extractor guarantees training and detection agree.
 * Words are padded with {@code _} so word beginnings and endings (where Turkic suffixes live) count.
 */
public final class NgramExtractor {

    public static final int MAX_ORDER = 4;

    private NgramExtractor() {}

    /** Feeds every n-gram of every word of {@code lower} to {@code sink}; digits and punctuation split words. */
    public static void forEachNgram(String lower, Consumer<String> sink) {
        StringBuilder word = new StringBuilder(32);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '\'' && word.length() > 0)) {
                word.append(c);
            } else if (word.length() > 0) {
                emitWord(word, sink);
                word.setLength(0);
            }
        }
    }

    /** Feeds the n-grams of a single word (no padding added by the caller). */
    public static void emitWord(CharSequence rawWord, Consumer<String> sink) {
        int len = rawWord.length();
        while (len > 0 && rawWord.charAt(len - 1) == '\'') {
            len--; // a closing quote is punctuation, not the Uzbek o' letter
        }
        if (len == 0) {
            return;
        }
        String padded = "_" + rawWord.subSequence(0, len) + "_";
        for (int n = 1; n <= MAX_ORDER; n++) {
            for (int start = 0; start + n <= padded.length(); start++) {
                if (n == 1 && (start == 0 || start == padded.length() - 1)) {
                    continue; // a lone padding mark carries no information
                }
                sink.accept(padded.substring(start, start + n));
            }
        }
    }

    /** The n-gram order of a gram as produced by this extractor. */
    public static int order(String gram) {
        return gram.length();
    }
}
