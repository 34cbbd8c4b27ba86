package org.pikir.shared;

import java.util.List;

/** A translatable message: a translation key and its arguments, rendered by the UI in the user's language. */
public record Message(String key, List<Object> args) {

    public Message {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("message key is required");
        }
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
