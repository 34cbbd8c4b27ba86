package org.pikir.appeal;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A deliberately simple guess from the letters used: the Cyrillic letters only Kazakh, Tajik or Kyrgyz have,
 * the Latin letters of Turkmen and Uzbek; other Cyrillic is Russian, other Latin English. Good enough to fill
 * the inbox filter until the analysis engine replaces it.
 */
@Component
class ScriptLanguageGuess implements AppealLanguageGuess {

    @Override
    public String guess(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < lower.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(lower.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return "und";
        }
        if (cyrillic >= latin) {
            // Tajik first: it shares ғ and қ with Kazakh but has four letters of its own.
            if (containsAny(lower, "ӣӯҳҷ")) {
                return "tg";
            }
            if (containsAny(lower, "әғқұһі")) {
                return "kk";
            }
            if (containsAny(lower, "ңөү")) {
                return "ky";
            }
            return "ru";
        }
        if (containsAny(lower, "ýňşäž")) {
            return "tk";
        }
        if (lower.contains("oʻ")
                || lower.contains("gʻ")
                || lower.contains("o'")
                || lower.contains("g'")
                || lower.matches("(?s).*\\b(va|uchun|bilan|emas|qilish|iltimos)\\b.*")) {
            return "uz";
        }
        return "en";
    }

    private static boolean containsAny(String text, String letters) {
        return letters.chars().anyMatch(c -> text.indexOf(c) >= 0);
    }
}
