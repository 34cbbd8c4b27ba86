package org.pikir.analysis;

import java.util.Set;

/**
 * Result of language identification.
 *
 * @param lang one of {@link #CODES}: kk, ru, en, uz, ky, tg, tk, or {@code und} for anything else
 * @param confidence 0..1, how sure the detector is about {@code lang}
 * @param mixed true when the text switches between Kazakh and Russian and {@code lang} is only the dominant one
 */
public record DetectedLanguage(String lang, double confidence, boolean mixed) {

    /** The languages the portal recognises, plus {@code und}. */
    public static final Set<String> CODES = Set.of("kk", "ru", "en", "uz", "ky", "tg", "tk", "und");

    /** Code for "not one of ours / cannot tell". */
    public static final String UND = "und";

    public DetectedLanguage {
        if (!CODES.contains(lang)) {
            throw new IllegalArgumentException("unsupported language code: " + lang);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }

    /** The answer for text that carries no usable evidence. */
    public static DetectedLanguage undetermined() {
        return new DetectedLanguage(UND, 0.0, false);
    }

    /** True when the text is in one of the seven supported languages. */
    public boolean isSupported() {
        return !UND.equals(lang);
    }
}
