package org.pikir.analysis;

import java.util.Objects;
import org.pikir.shared.LanguageCode;

/**
 * Result of language identification.
 *
 * @param code one of the seven languages, or {@link LanguageCode#UND} for anything else
 * @param confidence 0..1, how sure the detector is about {@code code}
 * @param mixed true when the text switches between Kazakh and Russian and {@code code} is only the dominant one
 */
public record DetectedLanguage(LanguageCode code, double confidence, boolean mixed) {

    public DetectedLanguage {
        Objects.requireNonNull(code, "code");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }

    /** Code for "not one of ours / cannot tell", as the engine's profiles label it. */
    public static final String UND = "und";

    /** A result from an ISO code ("kk", …, "und"); throws on other codes. */
    public static DetectedLanguage of(String code, double confidence, boolean mixed) {
        return new DetectedLanguage(LanguageCode.of(code), confidence, mixed);
    }

    /** The answer for text that carries no usable evidence. */
    public static DetectedLanguage undetermined() {
        return new DetectedLanguage(LanguageCode.UND, 0.0, false);
    }

    /** A language known from elsewhere (stored with the submission), with full confidence. */
    public static DetectedLanguage known(LanguageCode code) {
        return new DetectedLanguage(code, code.isSupported() ? 1.0 : 0.0, false);
    }

    /** The ISO code ("kk", …, "und"), as the CLI prints it. */
    public String lang() {
        return code.code();
    }

    /** True when the text is in one of the seven supported languages. */
    public boolean isSupported() {
        return code.isSupported();
    }
}
