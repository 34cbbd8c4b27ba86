package org.pikir.country;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Working days and statutory deadlines per country. The rule is documented on {@link CountryCalendar}: counting
 * starts the day after registration in the country's time zone, working days skip Saturdays, Sundays and
 * HOLIDAY exceptions but count WORKDAY exceptions, and a deadline is the end of its last local day.
 *
 * <p>Each country's exceptions are loaded once and kept in memory (a few dozen rows per year). An admin edit on
 * this node refreshes the country immediately after commit; other app nodes pick it up when their copy is older
 * than {@link #MAX_AGE}.
 */
@Service
public class WorkingDayCalendar {

    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private record Loaded(CountryCalendar calendar, Instant loadedAt) {}

    private final CountryRepository countries;
    private final CalendarExceptionRepository exceptions;
    private final CountryRulesRepository rules;
    private final Clock clock;
    private final Map<CountryCode, Loaded> cache = new ConcurrentHashMap<>();

    WorkingDayCalendar(
            CountryRepository countries,
            CalendarExceptionRepository exceptions,
            CountryRulesRepository rules,
            Clock clock) {
        this.countries = countries;
        this.exceptions = exceptions;
        this.rules = rules;
        this.clock = clock;
    }

    /** The deadline of a period of {@code amount} units registered at {@code registeredAt}. */
    public ZonedDateTime dueDate(CountryCode country, Instant registeredAt, int amount, PeriodUnit unit) {
        return calendar(country).dueDate(registeredAt, amount, unit);
    }

    /** The statutory answer deadline of an appeal registered at that instant, per the country's current rules. */
    public ZonedDateTime appealDueDate(CountryCode country, Instant registeredAt) {
        CountryRules current =
                rules.findById(country).orElseThrow(() -> new IllegalStateException("no rules for " + country));
        return dueDate(country, registeredAt, current.getAppealPeriod(), current.getAppealPeriodUnit());
    }

    /** Working days in (from, to] in that country; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(CountryCode country, LocalDate from, LocalDate to) {
        return calendar(country).workingDaysBetween(from, to);
    }

    /** Working days from today (excluded) up to the deadline's local day (included); negative when overdue. */
    public int workingDaysLeft(CountryCode country, ZonedDateTime deadline) {
        CountryCalendar calendar = calendar(country);
        LocalDate deadlineDay = deadline.withZoneSameInstant(calendar.zone()).toLocalDate();
        return calendar.workingDaysBetween(today(country), deadlineDay);
    }

    /** Whether government bodies of that country work on that date. */
    public boolean isWorkingDay(CountryCode country, LocalDate date) {
        return calendar(country).isWorkingDay(date);
    }

    /** Today's date in the country's time zone. */
    public LocalDate today(CountryCode country) {
        return calendar(country).localDate(clock.instant());
    }

    /** The calendar of one country, loaded on first use and reloaded after an edit or when stale. */
    public CountryCalendar calendar(CountryCode country) {
        Instant now = clock.instant();
        Loaded loaded = cache.get(country);
        if (loaded == null || loaded.loadedAt().plus(MAX_AGE).isBefore(now)) {
            loaded = new Loaded(load(country), now);
            cache.put(country, loaded);
        }
        return loaded.calendar();
    }

    /** Drops the cached calendar of a country, so the next call reads the database again. */
    public void refresh(CountryCode country) {
        cache.remove(country);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CalendarExceptionsChanged event) {
        refresh(event.country());
    }

    private CountryCalendar load(CountryCode code) {
        Country country =
                countries.findById(code).orElseThrow(() -> new IllegalArgumentException("unknown country " + code));
        Map<LocalDate, CalendarDayKind> days = exceptions.findByKeyCountryOrderByKeyDay(code).stream()
                .collect(Collectors.toMap(CalendarException::getDay, CalendarException::getKind));
        return new CountryCalendar(country.getZone(), days);
    }
}
