package org.pikir.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryRules;
import org.pikir.country.CountryService;
import org.pikir.country.PeriodUnit;
import org.pikir.country.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Statutory deadlines of appeals, from each country's rules ({@code country_rules}) and working-day calendar.
 * The period starts at registration and starts again on a redirect or a dispute (the receiving body
 * registers it anew, as Kazakhstan's APPK art. 76 counts from receipt by the competent body); an extension
 * adds up to the country's maximum on top of the current deadline, once.
 */
@Component
class AppealDeadlines {

    /** "Due soon" in the inbox: within this many working days. */
    static final int DUE_SOON_WORKING_DAYS = 3;

    private final CountryService countries;
    private final WorkingDayCalendar calendar;

    AppealDeadlines(CountryService countries, WorkingDayCalendar calendar) {
        this.countries = countries;
        this.calendar = calendar;
    }

    /** The deadline of a period that starts at {@code start}. */
    Instant due(CountryCode country, Instant start) {
        return storable(calendar.appealDueDate(country, start));
    }

    /** The deadline after extending {@code currentDue} by {@code amount} units of the country's extension unit. */
    Instant extended(CountryCode country, Instant currentDue, int amount) {
        return storable(
                calendar.dueDate(country, currentDue, amount, limit(country).unit()));
    }

    /** How far an extension may go in that country. */
    ExtensionLimit limit(CountryCode country) {
        CountryRules rules = countries.rules(country);
        return new ExtensionLimit(rules.getAppealExtensionMax(), rules.getAppealExtensionUnit());
    }

    /** Open appeals due before this instant are "due soon". */
    Instant dueSoonCutoff(CountryCode country, Instant now) {
        return calendar.dueDate(country, now, DUE_SOON_WORKING_DAYS, PeriodUnit.WORKING_DAYS)
                .toInstant();
    }

    /** Calendar days from today to the deadline's day in the country's zone; negative when overdue. */
    long daysLeft(CountryCode country, Instant due) {
        LocalDate today = calendar.today(country);
        LocalDate last = due.atZone(calendar.calendar(country).zone()).toLocalDate();
        return ChronoUnit.DAYS.between(today, last);
    }

    /**
     * PostgreSQL keeps microseconds and rounds the rest: the calendar's 23:59:59.999999999 would be stored as the
     * next midnight, a day late. Cutting to microseconds keeps the deadline on its day.
     */
    private static Instant storable(java.time.ZonedDateTime due) {
        return due.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    java.time.ZoneId zone(CountryCode country) {
        return calendar.calendar(country).zone();
    }
}
