package org.pikir.consideration;

/** What was decided about a comment or a group of comments. */
public enum Outcome {
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    REJECTED,
    /** Taken into account, no change to the text. */
    NOTED,
    OUT_OF_SCOPE;

    /** Every outcome except a plain acceptance must say why. */
    public boolean requiresReason() {
        return this != ACCEPTED;
    }

    /** Only (partly) accepted feedback can point at the articles it changed. */
    public boolean mayLinkArticles() {
        return this == ACCEPTED || this == PARTIALLY_ACCEPTED;
    }
}
