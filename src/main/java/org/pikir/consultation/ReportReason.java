package org.pikir.consultation;

/** Why someone reports a comment to the moderators. */
public enum ReportReason {
    ABUSE,
    SPAM,
    PERSONAL_DATA
}
