package org.pikir.appeal;

/**
 * Published inside the transaction in which an agency answers an appeal. {@code publishAnonymised} is the
 * author's choice at submission: only then does the answer become public (see {@link PublishedAnswers}).
 * Listen with {@code @TransactionalEventListener} to act after commit.
 */
public record AppealAnswered(long appealId, boolean publishAnonymised) {}
