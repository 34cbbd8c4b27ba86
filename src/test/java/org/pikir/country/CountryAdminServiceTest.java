package org.pikir.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Admin edits of rules, agencies and holidays: validation, effect, and access control. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class CountryAdminServiceTest {

    @Autowired
    CountryAdminService admin;

    @Autowired
    CountryService countries;

    @Autowired
    WorkingDayCalendar calendar;

    private static String uniqueCode() {
        return "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static AgencyForm agency(CountryCode country, String code) {
        return new AgencyForm(
                country,
                code,
                AgencyKind.AGENCY,
                "Сынақ агенттігі " + code,
                "Тестовое агентство " + code,
                "Test agency " + code,
                null);
    }

    @Test
    void updatesRulesAndRejectsInvalidValues() {
        CountryRulesForm original = countries.rules(CountryCode.TJ).toForm();
        try {
            CountryRulesForm changed = new CountryRulesForm(
                    20,
                    PeriodUnit.WORKING_DAYS,
                    10,
                    PeriodUnit.WORKING_DAYS,
                    "Test basis",
                    12_000,
                    60,
                    25,
                    PeriodUnit.CALENDAR_DAYS,
                    false,
                    "Test petition basis",
                    20,
                    PeriodUnit.CALENDAR_DAYS,
                    "Test consultation basis");
            admin.updateRules(CountryCode.TJ, changed);
            assertThat(countries.rules(CountryCode.TJ).toForm()).isEqualTo(changed);

            CountryRulesForm invalid = new CountryRulesForm(
                    0,
                    null,
                    -1,
                    PeriodUnit.CALENDAR_DAYS,
                    " ",
                    0,
                    60,
                    25,
                    PeriodUnit.CALENDAR_DAYS,
                    false,
                    "x",
                    20,
                    PeriodUnit.CALENDAR_DAYS,
                    "x");
            assertThatThrownBy(() -> admin.updateRules(CountryCode.TJ, invalid))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsKeys(
                                            "appealPeriod",
                                            "appealPeriodUnit",
                                            "appealExtensionMax",
                                            "appealLegalBasis",
                                            "petitionThreshold"));
            assertThat(countries.rules(CountryCode.TJ).toForm()).isEqualTo(changed);
        } finally {
            admin.updateRules(CountryCode.TJ, original);
        }
    }

    @Test
    void createsEditsAndDeactivatesAnAgency() {
        String code = uniqueCode();
        Agency created = admin.createAgency(agency(CountryCode.KG, code.toLowerCase()));
        assertThat(created.getCode()).isEqualTo(code);
        assertThat(created.isActive()).isTrue();

        AgencyForm edit = new AgencyForm(
                CountryCode.KG, code, AgencyKind.MINISTRY, "Жаңа атау", "Новое название", "New name " + code, null);
        admin.updateAgency(created.getId(), edit);
        Agency reloaded = countries.agency(created.getId()).orElseThrow();
        assertThat(reloaded.getKind()).isEqualTo(AgencyKind.MINISTRY);
        assertThat(reloaded.getName().ru()).isEqualTo("Новое название");

        admin.deactivateAgency(created.getId());
        assertThat(countries.searchAgencies(CountryCode.KG, code, true, PageRequest.of(0, 5)))
                .isEmpty();
        assertThat(countries.searchAgencies(CountryCode.KG, code, false, PageRequest.of(0, 5)))
                .hasSize(1);
        admin.reactivateAgency(created.getId());
        assertThat(countries.searchAgencies(CountryCode.KG, code, true, PageRequest.of(0, 5)))
                .hasSize(1);
    }

    @Test
    void rejectsDuplicateCodesBadCodesMissingNamesAndCountryMoves() {
        String code = uniqueCode();
        Agency created = admin.createAgency(agency(CountryCode.UZ, code));

        assertThatThrownBy(() -> admin.createAgency(agency(CountryCode.UZ, code)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("code").key()).isEqualTo("country.agency.error.codeTaken"));
        // The same code in another country is fine.
        assertThat(admin.createAgency(agency(CountryCode.TM, code)).getCountry())
                .isEqualTo(CountryCode.TM);

        AgencyForm bad = new AgencyForm(CountryCode.UZ, "bad code!", null, "", "Имя", "Name", null);
        assertThatThrownBy(() -> admin.createAgency(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("code", "kind", "nameKk"));

        AgencyForm moved = AgencyForm.of(created);
        AgencyForm toKz = new AgencyForm(
                CountryCode.KZ, moved.code(), moved.kind(), moved.nameKk(), moved.nameRu(), moved.nameEn(), null);
        assertThatThrownBy(() -> admin.updateAgency(created.getId(), toKz))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("country"));

        AgencyForm selfParent = new AgencyForm(
                CountryCode.UZ,
                moved.code(),
                moved.kind(),
                moved.nameKk(),
                moved.nameRu(),
                moved.nameEn(),
                created.getId());
        assertThatThrownBy(() -> admin.updateAgency(created.getId(), selfParent))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("parentId"));
    }

    @Test
    void addedAndRemovedHolidaysChangeWorkingDaysAtOnce() {
        // Wednesday 13 March 2030: far from seeded data, so parallel tests are not affected.
        LocalDate day = LocalDate.of(2030, 3, 13);
        assertThat(calendar.isWorkingDay(CountryCode.KG, day)).isTrue();
        admin.addCalendarException(
                CountryCode.KG,
                new CalendarExceptionForm(
                        day, CalendarDayKind.HOLIDAY, "Сынақ мерекесі", "Тестовый праздник", "Test holiday"));
        try {
            assertThat(calendar.isWorkingDay(CountryCode.KG, day)).isFalse();
            assertThatThrownBy(() -> admin.addCalendarException(
                            CountryCode.KG, new CalendarExceptionForm(day, CalendarDayKind.HOLIDAY, "a", "b", "c")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors().get("day").key())
                                    .isEqualTo("country.holiday.error.exists"));
        } finally {
            admin.removeCalendarException(CountryCode.KG, day);
        }
        assertThat(calendar.isWorkingDay(CountryCode.KG, day)).isTrue();
    }

    @Test
    void movedWorkingDayMustBeAWeekendDay() {
        assertThatThrownBy(() -> admin.addCalendarException(
                        CountryCode.KZ,
                        new CalendarExceptionForm(LocalDate.of(2030, 3, 13), CalendarDayKind.WORKDAY, "a", "b", "c")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("kind"));
    }

    @Test
    @WithMockUser(roles = "CITIZEN")
    void nonAdminsAreDenied() {
        CountryRulesForm current = countries.rules(CountryCode.KZ).toForm();
        assertThatThrownBy(() -> admin.updateRules(CountryCode.KZ, current)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.createAgency(agency(CountryCode.KZ, uniqueCode())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.removeCalendarException(CountryCode.KZ, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(countries.calendarExceptions(CountryCode.KZ, 2026))
                .anyMatch(e -> e.getDay().equals(LocalDate.of(2026, 1, 1)));
    }

    @Test
    @WithMockUser(roles = "OFFICIAL")
    void officialsCannotEditAgenciesEither() {
        assertThatThrownBy(() -> admin.deactivateAgency(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
