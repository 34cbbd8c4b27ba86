package org.pikir.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects the field errors of one form submission, then throws them together. */
public final class FieldErrors {

    // Control characters other than tab, CR and LF never belong in user text.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\r\\n]]");
    // Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make the shown text differ from the
    // stored one ("Trojan Source" spoofing); none of the portal's languages needs them. Marks (U+200E/F) stay.
    private static final Pattern DIRECTION_CONTROL = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private final Map<String, Message> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String messageKey, Object... args) {
        errors.putIfAbsent(field, Message.of(messageKey, args));
        return this;
    }

    public FieldErrors add(String field, Message message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /**
     * Checks a required text: present, not blank, at most maxLength characters, no control characters, no
     * text-direction overrides, no broken UTF-16 (a lone surrogate has no UTF-8 form and cannot be stored).
     */
    public String requireText(String field, String value, int maxLength) {
        if (value == null || isBlank(value)) {
            add(field, "error.required");
            return value == null ? null : value.strip();
        }
        return checkText(field, value, maxLength);
    }

    /** Checks an optional text; returns it stripped (or null). */
    public String checkText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            add(field, "error.tooLong", maxLength);
        } else if (CONTROL.matcher(trimmed).find() || hasLoneSurrogate(trimmed)) {
            add(field, "error.invalidCharacters");
        } else if (DIRECTION_CONTROL.matcher(trimmed).find()) {
            add(field, "error.directionControls");
        }
        return trimmed;
    }

    /**
     * Blank also when only invisible: no-break and other spaces the JDK does not count as whitespace (U+00A0, U+2007,
     * U+202F) and format characters such as the zero-width space.
     */
    public static boolean isBlank(String text) {
        return text.codePoints()
                .allMatch(c -> Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT);
    }

    /** Whether the text holds a surrogate that is not half of a pair (it cannot be stored as UTF-8). */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    public <T> T require(String field, T value) {
        if (value == null) {
            add(field, "error.required");
        }
        return value;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
