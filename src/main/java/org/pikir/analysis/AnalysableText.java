package org.pikir.analysis;

import java.time.Instant;
import java.util.Objects;

/**
 * A text another module hands to analysis.
 *
 * @param kind what it is: "comment", "appeal", "petition"… (≤ 20 characters)
 * @param id the item's id in its module
 * @param scope what it is clustered with: e.g. "consultation:42", "agency:7", "petition:KZ" (≤ 100 characters)
 * @param text the submitted text
 * @param createdAt submission time
 */
public record AnalysableText(String kind, String id, String scope, String text, Instant createdAt) {

    public AnalysableText {
        Objects.requireNonNull(text, "text");
        if (kind == null || kind.isBlank() || kind.length() > 20 || kind.contains(":")) {
            throw new IllegalArgumentException("bad kind: " + kind);
        }
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("bad id: " + id);
        }
        if (scope == null || scope.isBlank() || scope.length() > 100) {
            throw new IllegalArgumentException("bad scope: " + scope);
        }
    }

    /** Key unique across kinds within a scope. */
    public String key() {
        return kind + ":" + id;
    }
}
