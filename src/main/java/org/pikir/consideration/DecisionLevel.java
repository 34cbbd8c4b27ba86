package org.pikir.consideration;

/** Where a decision was taken; a more specific level wins over a broader one for the same comment. */
public enum DecisionLevel {
    TOPIC(1),
    CAMPAIGN(2),
    COMMENT(3);

    private final int precedence;

    DecisionLevel(int precedence) {
        this.precedence = precedence;
    }

    /** Whether a decision at this level may replace an outcome a comment got at {@code current}. */
    public boolean overrides(DecisionLevel current) {
        return current == null || precedence >= current.precedence;
    }
}
