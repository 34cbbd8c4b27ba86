package org.pikir.analysis;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a submission is clustered with: a kind chosen by the feature that owns the texts ("consultation",
 * "agency", "petition"…) and the id of the thing within that kind (a draft id, an agency id, a country code).
 * Persisted as {@code kind:id} by {@link #key()} and read back by {@link #parse}; nowhere else is a scope
 * written or read as a string.
 *
 * @param kind lower-case letters, 1–30 characters
 * @param id 1–60 characters without ':'
 */
public record Scope(String kind, String id) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z_]{0,29}");

    public Scope {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("bad scope kind: " + kind);
        }
        if (id == null || id.isBlank() || id.length() > 60 || id.indexOf(':') >= 0) {
            throw new IllegalArgumentException("bad scope id: " + id);
        }
    }

    public static Scope of(String kind, long id) {
        return new Scope(kind, Long.toString(id));
    }

    public static Scope of(String kind, String id) {
        return new Scope(kind, id);
    }

    /** The stored form, {@code kind:id} (at most 91 characters). */
    public String key() {
        return kind + ':' + id;
    }

    /** Reads the stored form back. */
    public static Scope parse(String key) {
        Objects.requireNonNull(key, "scope");
        int colon = key.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("bad scope: " + key);
        }
        return new Scope(key.substring(0, colon), key.substring(colon + 1));
    }

    /** True when this scope is of the given kind. */
    public boolean is(String kind) {
        return this.kind.equals(kind);
    }

    @Override
    public String toString() {
        return key();
    }
}
