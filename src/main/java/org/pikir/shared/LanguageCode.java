package org.pikir.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of a user's text: one of the seven languages submissions arrive in, or {@link #UND} when the
 * text is in none of them or carries no evidence. Stored as its ISO 639-1 code ({@link LanguageCodeConverter});
 * never built from strings outside {@link #of}/{@link #parse}.
 */
public enum LanguageCode {
    KK("kk"),
    RU("ru"),
    EN("en"),
    UZ("uz"),
    KY("ky"),
    TG("tg"),
    TK("tk"),
    /** Not one of ours, or cannot tell. */
    UND("und");

    private final String code;

    LanguageCode(String code) {
        this.code = code;
    }

    /** ISO 639-1 code ("und" for undetermined), as stored and as used in HTML {@code lang} attributes. */
    public String code() {
        return code;
    }

    /** True for the seven supported languages, false for {@link #UND}. */
    public boolean isSupported() {
        return this != UND;
    }

    /** The code's language; throws on anything that is not one of the eight codes. */
    public static LanguageCode of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("unsupported language code: " + code));
    }

    /** The code's language, or empty for null, blank or unknown codes (case and surrounding blanks ignored). */
    public static Optional<LanguageCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (LanguageCode l : values()) {
            if (l.code.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
