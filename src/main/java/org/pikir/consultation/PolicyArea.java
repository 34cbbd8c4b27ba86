package org.pikir.consultation;

/** Policy area of a draft law, for filtering. */
public enum PolicyArea {
    MIGRATION,
    DIGITAL,
    HOUSING,
    HEALTH,
    EDUCATION,
    ECONOMY,
    SOCIAL,
    JUSTICE,
    ENVIRONMENT,
    CULTURE,
    OTHER
}
