package org.pikir.appeal;

/**
 * Published inside the transaction in which the author disputes an answer (or a dismissal): the appeal is open
 * again, so a published answer is no longer public until the next answer. Listen with
 * {@code @TransactionalEventListener} to act after commit.
 */
public record AppealDisputed(long appealId, boolean publishAnonymised) {}
