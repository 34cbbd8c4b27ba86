package org.pikir.country;

/** How a statutory period is counted. */
public enum PeriodUnit {
    /** Monday to Friday, minus public holidays, plus weekend days moved to be working days. */
    WORKING_DAYS,
    /** Every calendar day counts. */
    CALENDAR_DAYS
}
