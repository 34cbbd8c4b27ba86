package org.pikir.consultation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Placeholder language tag from the alphabet: Kazakh-only Cyrillic letters mean kk, other Cyrillic ru,
 * Uzbek Latin letters uz, other Latin en. Good enough to label comments until the analysis module's
 * detector is wired in: this bean has the lowest precedence, so any other detector bean is used first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
final class ScriptLanguageDetector implements CommentLanguageDetector {

    private static final String KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    @Override
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        int cyrillic = 0;
        int latin = 0;
        int kazakh = 0;
        int tajik = 0;
        boolean uzbekLatin = text.contains("o‘") || text.contains("g‘") || text.contains("o'") || text.contains("g'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC
                    || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC_SUPPLEMENTARY) {
                cyrillic++;
                if (KAZAKH.indexOf(c) >= 0) {
                    kazakh++;
                }
                if ("ҷҳӣӯҶҲӢӮ".indexOf(c) >= 0) {
                    tajik++;
                }
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return UNDETERMINED;
        }
        if (cyrillic >= latin) {
            if (tajik > 0) {
                return "tg";
            }
            return kazakh > 0 ? "kk" : "ru";
        }
        return uzbekLatin ? "uz" : "en";
    }
}
