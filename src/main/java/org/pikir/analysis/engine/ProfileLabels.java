package org.pikir.analysis.engine;

import org.pikir.analysis.DetectedLanguage;

/** Maps profile labels (script and keyboard variants, neighbour languages) to the portal's language codes. */
final class ProfileLabels {

    private ProfileLabels() {}

    /** True for profiles of Latin-script text; the rest are Cyrillic. */
    static boolean isLatin(String label) {
        if (isOther(label)) {
            return !label.equals("other_tt");
        }
        return switch (label) {
            case "en", "uz_latn", "tk", "tr", "az", "sr_latn" -> true;
            default -> false;
        };
    }

    /**
     * Profiles of languages that neither our seven nor Lingua's subset cover (European languages from Debian's
     * catalogues, Tatar): when one of them wins clearly, nobody else can claim the text.
     */
    static boolean isOther(String label) {
        return label.startsWith("other_");
    }

    static String toLanguage(String label) {
        return switch (label) {
            case "kk", "kk_plain" -> "kk";
            case "ru" -> "ru";
            case "en" -> "en";
            case "uz_latn", "uz_cyrl" -> "uz";
            case "ky" -> "ky";
            case "tg" -> "tg";
            case "tk", "tk_cyrl" -> "tk";
            default -> DetectedLanguage.UND;
        };
    }
}
