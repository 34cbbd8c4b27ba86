package org.pikir.consideration;

/** Where a comment stands in the workspace. */
public enum DecisionState {
    UNDECIDED,
    DECIDED,
    /** Decided through its campaign, but it adds text of its own that an official has not looked at yet. */
    NEEDS_OWN_LOOK
}
