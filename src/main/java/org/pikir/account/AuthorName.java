package org.pikir.account;

import java.util.Locale;

/**
 * An author as the public sees them: {@code name} (the full display name or its initials), or, when anonymous,
 * only the {@code country} of residence ("resident of Kazakhstan"); both null for a hidden comment, which shows no
 * author at all. Built from the account's own choice ({@link NameDisplay}).
 */
public record AuthorName(String name, String country) {

    /** No author: a comment hidden by moderation. */
    public static final AuthorName NONE = new AuthorName(null, null);

    /** The public form of a display name under the author's choice; {@code display} null means the default. */
    public static AuthorName of(String displayName, NameDisplay display, String residenceCountry) {
        return switch (display == null ? NameDisplay.INITIALS : display) {
            case FULL -> new AuthorName(displayName, null);
            case INITIALS -> new AuthorName(initials(displayName), null);
            case ANONYMOUS ->
                new AuthorName(
                        null,
                        residenceCountry == null ? "" : residenceCountry.strip().toUpperCase(Locale.ROOT));
        };
    }

    /** The same, from the column value stored in {@code user_account.name_display}. */
    public static AuthorName of(String displayName, String display, String residenceCountry) {
        NameDisplay choice;
        try {
            choice = display == null ? null : NameDisplay.valueOf(display.strip());
        } catch (IllegalArgumentException e) {
            choice = null;
        }
        return of(displayName, choice, residenceCountry);
    }

    public boolean anonymous() {
        return name == null && country != null;
    }

    public boolean none() {
        return name == null && country == null;
    }

    /**
     * The text shown: the name, or the anonymous label from {@code anonymousLabel} (a translated "resident of {0}"
     * that receives the country's name in {@code locale}), or the empty string for no author.
     */
    public String label(Locale locale, java.util.function.Function<String, String> anonymousLabel) {
        if (name != null) {
            return name;
        }
        if (country == null) {
            return "";
        }
        String countryName = country.isEmpty() ? "" : Locale.of("", country).getDisplayCountry(locale);
        return anonymousLabel.apply(countryName.isBlank() ? country : countryName);
    }

    /** "Асель Нурланова" → "А. Н.": the first letter of each word (up to three words). */
    static String initials(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return displayName;
        }
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String part : displayName.strip().split("[\\s\\-]+")) {
            int first = firstLetter(part);
            if (first < 0 || words == 3) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.appendCodePoint(Character.toUpperCase(part.codePointAt(first))).append('.');
            words++;
        }
        return out.isEmpty() ? "?" : out.toString();
    }

    private static int firstLetter(String part) {
        for (int i = 0; i < part.length(); i = part.offsetByCodePoints(i, 1)) {
            if (Character.isLetter(part.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
