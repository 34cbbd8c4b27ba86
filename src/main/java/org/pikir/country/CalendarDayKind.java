package org.pikir.country;

/** What a calendar exception does to a day. */
public enum CalendarDayKind {
    /** A non-working day: a public holiday, or the weekday that replaces a holiday falling on a weekend. */
    HOLIDAY,
    /** A Saturday or Sunday that a transfer decree turns into a working day. */
    WORKDAY
}
