package org.pikir.comparison;

/** How the numbers of a comparison row are read and formatted. */
public enum Unit {
    /** Items counted. */
    COUNT,
    /** Items per 100,000 people or internet users. */
    RATE,
    /** Percent. */
    PERCENT,
    /** Days. */
    DAYS,
    /** Average rating on a 1–5 scale. */
    RATING,
    /** An index between 0 and 1 (UN EGDI, E-Participation). */
    INDEX,
    /** A rank (1 = best). */
    RANK,
    /** A change of an index (may be negative). */
    CHANGE
}
