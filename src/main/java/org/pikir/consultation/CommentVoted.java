package org.pikir.consultation;

/** Someone agreed, disagreed or passed on a comment of a draft (published inside the storing transaction). */
public record CommentVoted(long commentId, long draftId) {}
