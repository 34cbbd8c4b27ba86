package org.pikir.analysis.engine;

import java.time.Instant;
import java.util.Objects;
import org.pikir.analysis.DetectedLanguage;

/**
 * One submission to analyse (a comment, appeal or petition text).
 *
 * @param id caller's identifier, unique within one analysis run
 * @param text the text as submitted
 * @param createdAt submission time (for a campaign's first/last seen); may be null when unknown
 * @param language the language detected when the text was submitted, or null to let the engine detect it (the
 *     CLI's input); the engine never detects a language it was given
 */
public record TextItem(String id, String text, Instant createdAt, DetectedLanguage language) {

    public TextItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** An item whose language the engine is to detect. */
    public TextItem(String id, String text, Instant createdAt) {
        this(id, text, createdAt, null);
    }
}
