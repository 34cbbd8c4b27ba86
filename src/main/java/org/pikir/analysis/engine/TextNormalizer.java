package org.pikir.analysis.engine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Repairs the ways people actually type Central Asian languages before anything is detected or indexed.
 *
 * <p>Citizens type Kazakh on Russian keyboards (Latin {@code i} for {@code і}, Latin schwa for {@code ә}),
 * Uzbek Latin with any apostrophe their keyboard offers, and copy text that mixes Latin and Cyrillic
 * look-alike letters inside one word. Detection, n-gram profiles and analyzers all see the same repaired
 * text, so a profile trained on clean text still matches messy input.
 */
public final class TextNormalizer {

    /** Latin letters that look like Cyrillic ones, same index in {@link #CYRILLIC_TWINS}. */
    private static final String LATIN_TWINS = "aeopcxykih\u0259AEOPCXYKIHMTB\u018F";

    private static final String CYRILLIC_TWINS = "аеорсхукіһәАЕОРСХУКІНМТВӘ";

    private TextNormalizer() {}

    /** NFC, unified apostrophes and dashes, non-Kazakh look-alike letters repaired; case is preserved. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            out.append(repairChar(nfc.charAt(i)));
        }
        return repairMixedScriptWords(out);
    }

    /** {@link #normalize} plus lower case (root locale; Turkish dotted I folded to plain i). */
    public static String normalizeLower(String text) {
        return normalize(text).replace('İ', 'I').toLowerCase(Locale.ROOT);
    }

    private static char repairChar(char c) {
        return switch (c) {
            // Uzbek oʻ/gʻ and Turkmen/English apostrophes: one canonical form so profiles match any keyboard.
            case '\u02BB', '\u02BC', '\u2018', '\u2019', '`', '\u00B4', '\u02B9', '\u2032' -> '\'';
            // Kazakh letters typed with look-alikes from other alphabets.
            case '\u0275', '\u03B8' -> 'ө'; // barred o, Greek theta
            case '\u019F' -> 'Ө';
            case '\u04A1', '\u04C4' -> 'қ'; // Bashkir ka, ka with hook
            case '\u04A0', '\u04C3' -> 'Қ';
            case '\u04CA', '\u04C8' -> 'ң'; // en with tail/hook
            case '\u04C9', '\u04C7' -> 'Ң';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            case '\u2013', '\u2014', '\u2212' -> '-';
            default -> c;
        };
    }

    /**
     * A word that is mostly Cyrillic but holds a Latin look-alike (or the reverse) was typed on the wrong
     * layout or copied from a homoglyph-laden source; fix the odd letters toward the word's majority script.
     * Latin {@code i}/{@code h} inside a Cyrillic word become Kazakh {@code і}/{@code һ}.
     */
    private static String repairMixedScriptWords(StringBuilder s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int cyr = 0;
            int lat = 0;
            while (i < n && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\'')) {
                char c = s.charAt(i);
                if (isCyrillic(c)) {
                    cyr++;
                } else if (isLatin(c)) {
                    lat++;
                }
                i++;
            }
            if (cyr > 0 && lat > 0) {
                boolean toCyrillic = cyr >= lat;
                for (int j = start; j < i; j++) {
                    s.setCharAt(j, twin(s.charAt(j), toCyrillic));
                }
            }
        }
        return s.toString();
    }

    private static char twin(char c, boolean toCyrillic) {
        String from = toCyrillic ? LATIN_TWINS : CYRILLIC_TWINS;
        String to = toCyrillic ? CYRILLIC_TWINS : LATIN_TWINS;
        int idx = from.indexOf(c);
        return idx < 0 ? c : to.charAt(idx);
    }

    /** True for letters of the Cyrillic blocks (including the Kazakh, Kyrgyz, Tajik and Uzbek additions). */
    public static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u052F';
    }

    /** True for Latin letters including the Turkmen, Turkish and Azerbaijani extensions. */
    public static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7')
                || c == '\u0259'; // schwa (Azerbaijani; also typed for Kazakh ә)
    }
}
