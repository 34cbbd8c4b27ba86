package org.pikir.consideration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pikir.consideration.ConsiderationQueries.LinkedArticle;
import org.pikir.consideration.Outcome;
import org.pikir.consultation.Trilingual;
import org.pikir.shared.i18n.DateFormats;

/** Labels and formats shared by the consideration views. */
final class ConsiderationFormat {

    static final Set<String> KNOWN_LANGUAGES = Set.of("kk", "ru", "en", "uz", "ky", "tg", "tk");

    private ConsiderationFormat() {}

    static Locale locale(Component c) {
        UI ui = c.getUI().orElse(UI.getCurrent());
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** kk, ru or en: the UI language for picking trilingual texts. */
    static String uiLanguage(Component c) {
        String code = locale(c).getLanguage();
        return switch (code) {
            case "kk", "ru" -> code;
            default -> "en";
        };
    }

    static String text(Component c, Trilingual t) {
        return t == null ? "" : t.show(uiLanguage(c)).text();
    }

    static String outcome(Component c, Outcome outcome) {
        return outcome == null
                ? c.getTranslation("consideration.state.UNDECIDED")
                : c.getTranslation("consideration.outcome." + outcome.name());
    }

    static String language(Component c, String code) {
        return code != null && KNOWN_LANGUAGES.contains(code)
                ? c.getTranslation("consideration.language." + code)
                : c.getTranslation("consideration.language.other") + (code == null ? "" : " (" + code + ")");
    }

    static String languages(Component c, Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> language(c, e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static String date(Component c, Instant instant) {
        return instant == null
                ? "—"
                : DateFormats.date(locale(c), ZoneOffset.UTC).format(instant);
    }

    static String articles(Component c, List<LinkedArticle> articles) {
        return articles.stream()
                .map(a -> c.getTranslation("consideration.article.number", a.number(), a.version()))
                .collect(Collectors.joining(", "));
    }

    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
