package org.pikir.consultation;

/** The overall vote on a draft law. */
public enum DraftVoteValue {
    SUPPORT,
    OPPOSE
}
