package org.pikir.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects the field errors of one form submission, then throws them together. */
public final class FieldErrors {

    // Control characters other than tab, CR and LF never belong in user text.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\r\\n]]");

    private final Map<String, Message> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String messageKey, Object... args) {
        errors.putIfAbsent(field, Message.of(messageKey, args));
        return this;
    }

    public FieldErrors add(String field, Message message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** Checks a required text: present, not blank, at most maxLength characters, no control characters. */
    public String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
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
        } else if (CONTROL.matcher(trimmed).find()) {
            add(field, "error.invalidCharacters");
        }
        return trimmed;
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
