package org.pikir.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three languages of the user interface, in the order the language switcher shows them. */
public enum UiLanguage {
    KK("kk", "Қазақша"),
    RU("ru", "Русский"),
    EN("en", "English");

    public static final UiLanguage FALLBACK = EN;

    private final String code;
    private final String nativeName;

    UiLanguage(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public static Optional<UiLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(normalized)).findFirst();
    }

    public static UiLanguage of(Locale locale) {
        return locale == null ? FALLBACK : fromCode(locale.getLanguage()).orElse(FALLBACK);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(UiLanguage::locale).toList();
    }
}
