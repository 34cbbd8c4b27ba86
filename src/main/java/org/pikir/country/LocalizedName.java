package org.pikir.country;

import java.util.Locale;

/** A name held in the three UI languages; picks the one for a locale, falling back to English. */
public record LocalizedName(String kk, String ru, String en) {

    public String in(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        String value = switch (language) {
            case "kk" -> kk;
            case "ru" -> ru;
            default -> en;
        };
        return value == null || value.isBlank() ? en : value;
    }
}
