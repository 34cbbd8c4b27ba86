package org.pikir.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Migrations apply on PostgreSQL and leave complete reference data for all five countries. */
@IntegrationTest
class CountryReferenceDataTest {

    @Autowired
    CountryService countries;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveCountriesInDisplayOrderWithTheirZones() {
        List<Country> all = countries.countries();
        assertThat(all).extracting(Country::getCode).containsExactly(CountryCode.values());
        assertThat(all)
                .extracting(Country::getZone)
                .containsExactly(
                        ZoneId.of("Asia/Almaty"),
                        ZoneId.of("Asia/Tashkent"),
                        ZoneId.of("Asia/Bishkek"),
                        ZoneId.of("Asia/Dushanbe"),
                        ZoneId.of("Asia/Ashgabat"));
        assertThat(all).allSatisfy(c -> {
            assertThat(c.getName().kk()).isNotBlank();
            assertThat(c.getName().ru()).isNotBlank();
            assertThat(c.getName().en()).isNotBlank();
            assertThat(c.getPopulation()).isPositive();
            assertThat(c.getPopulationSource()).isNotBlank();
            assertThat(c.getOfficialLanguages()).isNotEmpty();
        });
    }

    @Test
    void unIndicesAsInTheDesignTable() {
        Country kz = countries.country(CountryCode.KZ).orElseThrow();
        assertThat(kz.getEgdi2022()).isEqualByComparingTo("0.8628");
        assertThat(kz.getEpartRank2022()).isEqualTo(15);
        Country uz = countries.country(CountryCode.UZ).orElseThrow();
        assertThat(uz.getInternetUsersPct()).isNull();
        assertThat(uz.getInternetUsersNote()).isEqualTo(">70%");
        Country tm = countries.country(CountryCode.TM).orElseThrow();
        assertThat(tm.getEpart2012()).isEqualByComparingTo("0");
        assertThat(tm.getEpartRank2022()).isEqualTo(180);
    }

    @Test
    void everyCountryHasRules() {
        for (CountryCode code : CountryCode.values()) {
            CountryRules rules = countries.rules(code);
            assertThat(rules.getAppealPeriod()).as(code + " appeal period").isPositive();
            assertThat(rules.getAppealPeriodUnit()).isNotNull();
            assertThat(rules.getAppealLegalBasis()).isNotBlank();
            assertThat(rules.getPetitionThreshold()).isPositive();
            assertThat(rules.getConsultationMinDays()).isPositive();
        }
        assertThat(countries.rules(CountryCode.KZ).getAppealPeriodUnit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(countries.rules(CountryCode.KZ).getPetitionThreshold()).isEqualTo(50_000);
    }

    @Test
    void holidaysFor2026And2027InEveryCountry() {
        for (CountryCode code : CountryCode.values()) {
            for (int year : new int[] {2026, 2027}) {
                List<CalendarException> days = countries.calendarExceptions(code, year);
                assertThat(days).as(code + " " + year).hasSizeGreaterThanOrEqualTo(8);
                assertThat(days)
                        .as(code + " " + year + " New Year")
                        .anyMatch(d -> d.getDay().equals(LocalDate.of(year, 1, 1)));
            }
        }
    }

    @Test
    void atLeastEightActiveAgenciesPerCountry() {
        for (CountryCode code : CountryCode.values()) {
            assertThat(countries.agencies(code)).as(code.name()).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void noBlankNameInAnyLanguage() {
        for (String table : Arrays.asList("country", "agency", "calendar_exception")) {
            Integer blanks = jdbc.queryForObject(
                    "select count(*) from " + table
                            + " where btrim(name_kk) = '' or btrim(name_ru) = '' or btrim(name_en) = ''",
                    Integer.class);
            assertThat(blanks).as(table).isZero();
        }
    }

    @Test
    void agencySearchFindsNamesInAllThreeLanguagesIgnoringCase() {
        var pageable = org.springframework.data.domain.PageRequest.of(0, 10);
        assertThat(countries.searchAgencies(CountryCode.KZ, "денсаулық", true, pageable))
                .extracting(Agency::getCode)
                .contains("MZ");
        assertThat(countries.searchAgencies(CountryCode.KZ, "ЗДРАВООХРАНЕНИЯ", true, pageable))
                .extracting(Agency::getCode)
                .contains("MZ");
        assertThat(countries
                        .searchAgencies(null, "ministry of health", true, pageable)
                        .getTotalElements())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void kazakhAppealDeadlineSkipsNauryzOnRealData() {
        // Registered Monday 16 March 2026, 10:00 in Astana; 15 working days; 23-25 March are days off.
        Instant registered = Instant.parse("2026-03-16T05:00:00Z");
        var due = calendar.dueDate(CountryCode.KZ, registered, 15, PeriodUnit.WORKING_DAYS);
        assertThat(due.toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(due.getOffset().getTotalSeconds()).isEqualTo(5 * 3600);
        assertThat(calendar.isWorkingDay(CountryCode.TJ, LocalDate.of(2026, 3, 14)))
                .isTrue();
        assertThat(calendar.appealDueDate(CountryCode.KZ, registered)).isEqualTo(due);
    }

    @Test
    void kyrgyzAppealPeriodIsFourteenWorkingDaysAfterV20() {
        CountryRules kg = countries.rules(CountryCode.KG);
        assertThat(kg.getAppealPeriod()).isEqualTo(14);
        assertThat(kg.getAppealPeriodUnit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        // Tuesday 1 December 2026, 10:00 in Bishkek: Wed 2 - Fri 4 (3), 7-11 (8), 14-18 (13), Mon 21 December (14).
        var due = calendar.appealDueDate(CountryCode.KG, Instant.parse("2026-12-01T04:00:00Z"));
        assertThat(due.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 21));
    }
}
