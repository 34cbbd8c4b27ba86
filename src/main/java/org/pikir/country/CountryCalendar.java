package org.pikir.country;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * The working-day calendar of one country: its time zone, the Saturday/Sunday weekend, and its calendar
 * exceptions. Plain Java and immutable, so deadline rules can be tested without Spring or a database.
 *
 * <p>Deadline rule (the same for every country, documented in docs/decisions/002-statutory-rules.md):
 * <ol>
 *   <li>The registration instant is converted to the country's local date; counting starts on the
 *       <em>next</em> day, whatever the time of registration.</li>
 *   <li>{@link PeriodUnit#WORKING_DAYS}: each working day after registration counts one; the deadline is
 *       the {@code amount}-th working day.</li>
 *   <li>{@link PeriodUnit#CALENDAR_DAYS}: the deadline is registration date + {@code amount} days; when that
 *       day is not a working day, it moves to the next working day (the usual civil-law rule in all five
 *       countries).</li>
 *   <li>The deadline is the <em>end</em> of that last day in local time, i.e. the instant just before the
 *       following local midnight (23:59:59.999999999 on ordinary days).</li>
 * </ol>
 * Days outside the years that have exceptions are judged by the weekend rule only.
 */
public final class CountryCalendar {

    // A guard against absurd inputs (e.g. an amount typed with extra zeros): about 27 years.
    static final int MAX_AMOUNT = 10_000;

    private final ZoneId zone;
    private final Map<LocalDate, CalendarDayKind> exceptions;

    public CountryCalendar(ZoneId zone, Map<LocalDate, CalendarDayKind> exceptions) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.exceptions = Map.copyOf(exceptions);
    }

    /** The country's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** True when government bodies work on that local date. */
    public boolean isWorkingDay(LocalDate date) {
        CalendarDayKind exception = exceptions.get(date);
        if (exception != null) {
            return exception == CalendarDayKind.WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The local date on which an instant falls in this country. */
    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The last day of a period that starts the day after {@code registered} (see class comment). */
    public LocalDate lastDay(LocalDate registered, int amount, PeriodUnit unit) {
        Objects.requireNonNull(registered, "registered");
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be between 1 and " + MAX_AMOUNT + ": " + amount);
        }
        return switch (unit) {
            case WORKING_DAYS -> plusWorkingDays(registered, amount);
            case CALENDAR_DAYS -> nextWorkingDayFrom(registered.plusDays(amount));
        };
    }

    /** The deadline of a period registered at {@code registeredAt}: the end of its last local day. */
    public ZonedDateTime dueDate(Instant registeredAt, int amount, PeriodUnit unit) {
        LocalDate last = lastDay(localDate(registeredAt), amount, unit);
        return endOfDay(last);
    }

    /** The last instant of a local date (robust against DST gaps, which none of the five zones has today). */
    public ZonedDateTime endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).minusNanos(1);
    }

    /**
     * Working days in the interval (from, to]: from is excluded, to included, matching "counting starts the
     * next day". Negative when {@code to} is before {@code from}; zero when they are equal.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate plusWorkingDays(LocalDate start, int amount) {
        LocalDate day = start;
        int counted = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        // Holiday runs are at most a couple of weeks; the bound only protects against corrupt data.
        for (int i = 0; i < 366 && !isWorkingDay(day); i++) {
            day = day.plusDays(1);
        }
        return day;
    }
}
