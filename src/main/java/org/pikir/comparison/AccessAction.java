package org.pikir.comparison;

/** What an analyst did with the comparison (recorded in the access log). */
public enum AccessAction {
    VIEW,
    EXPORT_CSV,
    REPORT
}
