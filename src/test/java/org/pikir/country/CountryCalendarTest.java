package org.pikir.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pikir.country.CalendarDayKind.HOLIDAY;
import static org.pikir.country.CalendarDayKind.WORKDAY;
import static org.pikir.country.PeriodUnit.CALENDAR_DAYS;
import static org.pikir.country.PeriodUnit.WORKING_DAYS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The deadline rule on hand-built calendars: no Spring, no database. */
class CountryCalendarTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    // A slice of Kazakhstan's calendar around Nauryz 2026, Independence Day and New Year 2027.
    private static final CountryCalendar KZ = new CountryCalendar(
            ALMATY,
            Map.of(
                    LocalDate.of(2026, 3, 23), HOLIDAY,
                    LocalDate.of(2026, 3, 24), HOLIDAY,
                    LocalDate.of(2026, 3, 25), HOLIDAY,
                    LocalDate.of(2026, 12, 16), HOLIDAY,
                    LocalDate.of(2027, 1, 1), HOLIDAY,
                    LocalDate.of(2027, 1, 2), HOLIDAY,
                    LocalDate.of(2027, 1, 4), HOLIDAY,
                    LocalDate.of(2027, 1, 7), HOLIDAY));

    // Tajikistan, March 2026: Saturday 14 March is a working day in exchange for Friday 27 March.
    private static final CountryCalendar TJ = new CountryCalendar(
            ZoneId.of("Asia/Dushanbe"),
            Map.of(
                    LocalDate.of(2026, 3, 14), WORKDAY,
                    LocalDate.of(2026, 3, 20), HOLIDAY,
                    LocalDate.of(2026, 3, 23), HOLIDAY,
                    LocalDate.of(2026, 3, 24), HOLIDAY,
                    LocalDate.of(2026, 3, 25), HOLIDAY,
                    LocalDate.of(2026, 3, 26), HOLIDAY,
                    LocalDate.of(2026, 3, 27), HOLIDAY));

    private static final CountryCalendar PLAIN = new CountryCalendar(BISHKEK, Map.of());

    private static Instant at(String localDateTime, ZoneId zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static ZonedDateTime endOf(String date, ZoneId zone) {
        return LocalDate.parse(date).atTime(LocalTime.MAX).atZone(zone);
    }

    @Nested
    class WorkingDays {

        @Test
        void weekendIsSkipped() {
            assertThat(KZ.dueDate(at("2026-11-20T10:00", ALMATY), 1, WORKING_DAYS))
                    .isEqualTo(endOf("2026-11-23", ALMATY));
        }

        @Test
        void holidayIsSkipped() {
            assertThat(KZ.dueDate(at("2026-12-15T09:00", ALMATY), 1, WORKING_DAYS))
                    .isEqualTo(endOf("2026-12-17", ALMATY));
        }

        @Test
        void movedWorkdayOnSaturdayCounts() {
            assertThat(TJ.dueDate(at("2026-03-13T12:00", TJ.zone()), 1, WORKING_DAYS))
                    .isEqualTo(endOf("2026-03-14", TJ.zone()));
        }

        @Test
        void longHolidayRunIsSkipped() {
            // Fri 13 Mar; Sat 14 works (1), Mon 16 - Thu 19 (2-5), 20-29 March off, Mon 30 (6).
            assertThat(TJ.lastDay(LocalDate.of(2026, 3, 13), 6, WORKING_DAYS)).isEqualTo(LocalDate.of(2026, 3, 30));
        }

        @Test
        void fifteenWorkingDaysAcrossNauryz() {
            // Kazakhstan's appeal period: registered Monday 16 March 2026.
            assertThat(KZ.lastDay(LocalDate.of(2026, 3, 16), 15, WORKING_DAYS)).isEqualTo(LocalDate.of(2026, 4, 9));
        }

        @Test
        void yearBoundary2026To2027() {
            // Wed 30 Dec: Thu 31 Dec (1); 1, 2, 4 January are holidays, 3 January a Sunday; Tue 5 Jan (2).
            assertThat(KZ.dueDate(at("2026-12-30T15:00", ALMATY), 2, WORKING_DAYS))
                    .isEqualTo(ZonedDateTime.parse("2027-01-05T23:59:59.999999999+05:00[Asia/Almaty]"));
        }

        @Test
        void registrationOnAHolidayStillCountsFromTheNextDay() {
            assertThat(KZ.lastDay(LocalDate.of(2026, 12, 16), 1, WORKING_DAYS)).isEqualTo(LocalDate.of(2026, 12, 17));
        }
    }

    @Nested
    class TimeZones {

        @Test
        void lastMinuteOfThursdayInAlmatyIsThursday() {
            Instant instant = Instant.parse("2026-11-19T18:59:59Z"); // 23:59:59 in Almaty (UTC+5)
            assertThat(KZ.localDate(instant)).isEqualTo(LocalDate.of(2026, 11, 19));
            assertThat(KZ.dueDate(instant, 1, WORKING_DAYS)).isEqualTo(endOf("2026-11-20", ALMATY));
        }

        @Test
        void midnightInAlmatyIsAlreadyFriday() {
            Instant instant = Instant.parse("2026-11-19T19:00:00Z"); // 00:00 Friday in Almaty
            assertThat(KZ.dueDate(instant, 1, WORKING_DAYS)).isEqualTo(endOf("2026-11-23", ALMATY));
        }

        @Test
        void sameInstantFallsOnDifferentDatesInAlmatyAndBishkek() {
            Instant instant = Instant.parse("2026-11-19T18:30:00Z"); // 23:30 Thu Almaty, 00:30 Fri Bishkek
            assertThat(KZ.dueDate(instant, 1, WORKING_DAYS).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(PLAIN.dueDate(instant, 1, WORKING_DAYS).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        }

        @Test
        void almatyIsUtcPlusFiveIn2026And2027() {
            // Kazakhstan moved to a single UTC+5 zone on 2024-03-01; the JDK's tzdata must know it.
            assertThat(ALMATY.getRules()
                            .getOffset(Instant.parse("2026-06-01T00:00:00Z"))
                            .getTotalSeconds())
                    .isEqualTo(5 * 3600);
            assertThat(ALMATY.getRules()
                            .getOffset(Instant.parse("2027-12-31T00:00:00Z"))
                            .getTotalSeconds())
                    .isEqualTo(5 * 3600);
        }

        @Test
        void deadlineIsTheLastInstantBeforeLocalMidnight() {
            ZonedDateTime due = KZ.dueDate(at("2026-11-20T10:00", ALMATY), 1, WORKING_DAYS);
            assertThat(due.toLocalTime()).isEqualTo(LocalTime.MAX);
            assertThat(due.plusNanos(1)).isEqualTo(LocalDate.of(2026, 11, 24).atStartOfDay(ALMATY));
        }
    }

    @Nested
    class CalendarDays {

        @Test
        void countsEveryDay() {
            assertThat(PLAIN.lastDay(LocalDate.of(2026, 3, 5), 15, CALENDAR_DAYS))
                    .isEqualTo(LocalDate.of(2026, 3, 20));
        }

        @Test
        void lastDayOnHolidayMovesToNextWorkingDay() {
            // 5 March + 15 = Fri 20 March (holiday in TJ) -> the run of days off ends on Sun 29 March.
            assertThat(TJ.lastDay(LocalDate.of(2026, 3, 5), 15, CALENDAR_DAYS)).isEqualTo(LocalDate.of(2026, 3, 30));
        }

        @Test
        void lastDayOnWeekendMovesToMonday() {
            assertThat(PLAIN.lastDay(LocalDate.of(2026, 11, 20), 1, CALENDAR_DAYS))
                    .isEqualTo(LocalDate.of(2026, 11, 23));
        }

        @Test
        void acrossTheYearBoundary() {
            // 20 Dec 2026 + 14 = Sun 3 Jan 2027; Mon 4 Jan is a holiday -> Tue 5 Jan.
            assertThat(KZ.lastDay(LocalDate.of(2026, 12, 20), 14, CALENDAR_DAYS))
                    .isEqualTo(LocalDate.of(2027, 1, 5));
        }
    }

    @Nested
    class Counting {

        @Test
        void isWorkingDayHonoursExceptions() {
            assertThat(TJ.isWorkingDay(LocalDate.of(2026, 3, 14))).isTrue(); // moved Saturday
            assertThat(TJ.isWorkingDay(LocalDate.of(2026, 3, 15))).isFalse(); // ordinary Sunday
            assertThat(TJ.isWorkingDay(LocalDate.of(2026, 3, 27))).isFalse(); // Friday off
            assertThat(PLAIN.isWorkingDay(LocalDate.of(2026, 3, 27))).isTrue();
        }

        @Test
        void workingDaysBetweenExcludesStartAndIncludesEnd() {
            assertThat(KZ.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 5)))
                    .isEqualTo(2);
            assertThat(KZ.workingDaysBetween(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 9)))
                    .isEqualTo(15);
        }

        @Test
        void workingDaysBetweenIsNegativeBackwardsAndZeroForSameDay() {
            assertThat(KZ.workingDaysBetween(LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 30)))
                    .isEqualTo(-2);
            assertThat(KZ.workingDaysBetween(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 5)))
                    .isZero();
        }

        @Test
        void consistentWithLastDay() {
            LocalDate start = LocalDate.of(2026, 12, 1);
            for (int amount = 1; amount <= 40; amount++) {
                LocalDate last = KZ.lastDay(start, amount, WORKING_DAYS);
                assertThat(KZ.workingDaysBetween(start, last)).isEqualTo(amount);
                assertThat(KZ.isWorkingDay(last)).isTrue();
            }
        }

        @Test
        void rejectsNonPositiveAndAbsurdAmounts() {
            assertThatThrownBy(() -> KZ.lastDay(LocalDate.of(2026, 1, 5), 0, WORKING_DAYS))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(
                            () -> KZ.lastDay(LocalDate.of(2026, 1, 5), CountryCalendar.MAX_AMOUNT + 1, CALENDAR_DAYS))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
