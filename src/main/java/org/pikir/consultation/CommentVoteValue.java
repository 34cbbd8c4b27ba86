package org.pikir.consultation;

/** A reaction to someone else's comment (Polis style). */
public enum CommentVoteValue {
    AGREE,
    DISAGREE,
    PASS
}
