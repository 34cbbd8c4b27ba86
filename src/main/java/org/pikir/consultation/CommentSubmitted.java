package org.pikir.consultation;

import java.time.Instant;

/**
 * Published after a comment is stored (in the same transaction; listen with a transactional event listener
 * to act after commit). The analysis module assigns language and cluster from it.
 */
public record CommentSubmitted(long commentId, long consultationId, Long articleId, String text, Instant createdAt) {}
