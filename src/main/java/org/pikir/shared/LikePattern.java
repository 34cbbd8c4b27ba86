package org.pikir.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A "contains" pattern for SQL {@code LIKE} from what a person typed into a filter box: {@code %}, {@code _} and
 * {@code \} match themselves (escaped with PostgreSQL's default escape character, the backslash), so "%" finds a
 * literal per cent sign instead of everything. Control characters and broken UTF-16 are dropped: PostgreSQL refuses
 * a NUL in a parameter, and a filter box should not turn that into an error page.
 */
public final class LikePattern {

    private static final Pattern UNSTORABLE = Pattern.compile("[\\p{Cc}\\p{Cs}]");

    private LikePattern() {}

    /** {@code %text%} lower-cased and escaped; the empty string when there is nothing to filter by. */
    public static String contains(String text) {
        if (text == null) {
            return "";
        }
        String clean = UNSTORABLE.matcher(text).replaceAll("").strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            return "";
        }
        return "%" + clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
