package org.pikir.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Caching and refreshing of the per-country calendars, with repositories stubbed. */
class WorkingDayCalendarTest {

    private final CountryRepository countries = mock(CountryRepository.class);
    private final CalendarExceptionRepository exceptions = mock(CalendarExceptionRepository.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-15T04:00:00Z"));
    private WorkingDayCalendar calendar;

    @BeforeEach
    void setUp() {
        Country kz = mock(Country.class);
        when(kz.getZone()).thenReturn(ZoneId.of("Asia/Almaty"));
        when(countries.findById(CountryCode.KZ)).thenReturn(Optional.of(kz));
        when(exceptions.findByKeyCountryOrderByKeyDay(CountryCode.KZ)).thenReturn(List.of(holiday("2026-12-16")));
        calendar = new WorkingDayCalendar(countries, exceptions, mock(CountryRulesRepository.class), clock);
    }

    private static CalendarException holiday(String day) {
        return new CalendarException(
                CountryCode.KZ,
                LocalDate.parse(day),
                CalendarDayKind.HOLIDAY,
                new LocalizedName("Тәуелсіздік күні", "День независимости", "Independence Day"));
    }

    @Test
    void loadsOnceAndServesFromMemory() {
        assertThat(calendar.isWorkingDay(CountryCode.KZ, LocalDate.of(2026, 12, 16)))
                .isFalse();
        assertThat(calendar.isWorkingDay(CountryCode.KZ, LocalDate.of(2026, 12, 17)))
                .isTrue();
        verify(exceptions, times(1)).findByKeyCountryOrderByKeyDay(CountryCode.KZ);
    }

    @Test
    void editEventReloadsTheCountry() {
        calendar.isWorkingDay(CountryCode.KZ, LocalDate.of(2026, 12, 17));
        when(exceptions.findByKeyCountryOrderByKeyDay(CountryCode.KZ))
                .thenReturn(List.of(holiday("2026-12-16"), holiday("2026-12-17")));

        calendar.on(new CalendarExceptionsChanged(CountryCode.KZ));

        assertThat(calendar.isWorkingDay(CountryCode.KZ, LocalDate.of(2026, 12, 17)))
                .isFalse();
        verify(exceptions, times(2)).findByKeyCountryOrderByKeyDay(CountryCode.KZ);
    }

    @Test
    void staleCopyIsReloadedSoOtherNodesSeeEdits() {
        calendar.isWorkingDay(CountryCode.KZ, LocalDate.of(2026, 12, 17));
        clock.advance(WorkingDayCalendar.MAX_AGE.plusSeconds(1));
        calendar.isWorkingDay(CountryCode.KZ, LocalDate.of(2026, 12, 17));
        verify(exceptions, times(2)).findByKeyCountryOrderByKeyDay(CountryCode.KZ);
    }

    @Test
    void todayAndWorkingDaysLeftUseTheCountryZoneAndTheClock() {
        // 04:00 UTC = 09:00 in Almaty on Tuesday 15 December.
        assertThat(calendar.today(CountryCode.KZ)).isEqualTo(LocalDate.of(2026, 12, 15));
        var due = calendar.dueDate(CountryCode.KZ, clock.instant(), 2, PeriodUnit.WORKING_DAYS);
        assertThat(due.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(calendar.workingDaysLeft(CountryCode.KZ, due)).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(CountryCode.KZ, LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 18)))
                .isEqualTo(2);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
