package org.pikir.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input failed validation. Maps a form field name to the message of its error, so views can put each
 * message next to its field; nothing has been stored when this is thrown.
 */
public class InvalidInputException extends DomainException {

    private final Map<String, Message> fieldErrors;

    public InvalidInputException(Map<String, Message> fieldErrors) {
        super("error.invalidInput");
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(Map.of(field, Message.of(messageKey, args)));
    }

    public Map<String, Message> fieldErrors() {
        return fieldErrors;
    }
}
