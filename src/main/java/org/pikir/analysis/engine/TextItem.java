package org.pikir.analysis;

import java.time.Instant;
import java.util.Objects;

/**
 * One submission to analyse (a comment, appeal or petition text).
 *
 * @param id caller's identifier, unique within one analysis run
 * @param text the text as submitted
 * @param createdAt submission time (for a campaign's first/last seen); may be null when unknown
 */
public record TextItem(String id, String text, Instant createdAt) {

    public TextItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
