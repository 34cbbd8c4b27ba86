package org.pikir.consultation;

/** Orders of the public list of consultations. */
public enum DraftSort {
    NEWEST,
    CLOSING_SOONEST,
    MOST_COMMENTED
}
