package org.pikir.analysis;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A submission the engine analysed, named by its feature: what it is ("comment", "appeal", "petition"…) and
 * its id there. The engine keys items by {@link #key()}; {@link #parse} reads such a key back.
 *
 * @param kind lower-case letters, 1–20 characters
 * @param id 1–64 characters
 */
public record ItemRef(String kind, String id) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z_]{0,19}");

    public ItemRef {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("bad item kind: " + kind);
        }
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("bad item id: " + id);
        }
    }

    public static ItemRef of(String kind, long id) {
        return new ItemRef(kind, Long.toString(id));
    }

    /** The engine's key for the item, {@code kind:id}, unique across kinds. */
    public String key() {
        return kind + ':' + id;
    }

    /** Reads an engine key back; empty when it is not one. */
    public static Optional<ItemRef> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ItemRef(key.substring(0, colon), key.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The numeric id of an item of the given kind, empty for other kinds or non-numeric ids. */
    public Optional<Long> numericId(String ofKind) {
        if (!kind.equals(ofKind)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
