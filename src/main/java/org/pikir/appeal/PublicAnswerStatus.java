package org.pikir.appeal;

/** The lifecycle of a public answer: published, withdrawn (and published again after an edit). */
public enum PublicAnswerStatus {
    PUBLISHED,
    WITHDRAWN;

    /** Whether an answer in this status may move to {@code next}. */
    public boolean canMoveTo(PublicAnswerStatus next) {
        return this != next;
    }
}
