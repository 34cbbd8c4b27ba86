package org.pikir.consultation;

import java.util.List;

/** A text held in Kazakh, Russian and English (any may be missing); picks one for a UI language with fallback. */
public record Trilingual(String kk, String ru, String en) {

    /** The text shown for a language, and which language it really is in. */
    public record Shown(String text, String language, boolean fallback) {}

    public static Trilingual of(String kk, String ru, String en) {
        return new Trilingual(blankToNull(kk), blankToNull(ru), blankToNull(en));
    }

    public String get(String language) {
        return switch (language) {
            case "kk" -> kk;
            case "ru" -> ru;
            case "en" -> en;
            default -> null;
        };
    }

    /** The text in the wanted language, else the first available of kk, ru, en (marked as fallback). */
    public Shown show(String language) {
        String wanted = get(language);
        if (wanted != null) {
            return new Shown(wanted, language, false);
        }
        for (String other : List.of("kk", "ru", "en")) {
            if (get(other) != null) {
                return new Shown(get(other), other, true);
            }
        }
        return new Shown("", language, false);
    }

    public boolean isEmpty() {
        return kk == null && ru == null && en == null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
