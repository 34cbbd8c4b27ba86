package org.pikir.consultation;

import java.time.Instant;
import org.pikir.analysis.DetectedLanguage;

/**
 * Published after a comment is stored, in the same transaction; listen with {@code @ApplicationModuleListener}
 * (durable: delivered after commit, and again after a crash until the listener completes). Carries the language
 * detected once at submission; {@code CommentAnalysisFeed} hands the comment to the analysis engine from it.
 */
public record CommentSubmitted(
        long commentId,
        long consultationId,
        Long articleId,
        String text,
        DetectedLanguage language,
        Instant createdAt) {}
