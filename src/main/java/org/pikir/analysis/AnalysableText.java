package org.pikir.analysis;

import java.time.Instant;
import java.util.Objects;

/**
 * A text a feature hands to the engine: the feature detected its language once, at submission, with
 * {@link LanguageDetector} and stored it with the submission; the engine uses that language and never detects
 * it again.
 *
 * @param item what it is and its id in its feature
 * @param scope what it is clustered with
 * @param text the submitted text
 * @param language the language detected at submission
 * @param createdAt submission time
 */
public record AnalysableText(ItemRef item, Scope scope, String text, DetectedLanguage language, Instant createdAt) {

    public AnalysableText {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
