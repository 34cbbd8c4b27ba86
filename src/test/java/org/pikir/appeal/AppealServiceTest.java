package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.MutableClock;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class AppealServiceTest {

    @Autowired
    AppealService appeals;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AppealTestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void submitStoresTheAppealWithAttachmentsNumberAndStatutoryDeadline() {
        PikirUser citizen = accounts.citizen("KZ");
        Agency agency = data.ministry(CountryCode.KZ, 0);
        // Friday 13 March 2026, 10:00 in Almaty (UTC+5): 15 working days skip Nauryz (21-25 March)
        clock.set(Instant.parse("2026-03-13T05:00:00Z"));
        TestUsers.signIn(citizen);
        SubmittedAppeal ack = appeals.submit(AppealTestData.form(
                agency,
                "Broken street lights",
                "Біздің көшеде үш апта бойы шам жанбайды.",
                List.of(
                        new AttachmentUpload("photo.png", AppealFiles.png()),
                        new AttachmentUpload("letter.pdf", AppealFiles.pdf()))));

        assertThat(ack.number()).matches("KZ-2026-\\d{6}");
        assertThat(ack.dueAt())
                .isEqualTo(ZonedDateTime.of(2026, 4, 8, 0, 0, 0, 0, ZoneId.of("Asia/Almaty"))
                        .plusDays(1)
                        .toInstant()
                        .minus(1, java.time.temporal.ChronoUnit.MICROS));
        AppealDetail detail = appeals.detail(ack.id());
        assertThat(detail.dueAt()).as("as stored").isEqualTo(ack.dueAt());
        assertThat(detail.status()).isEqualTo(AppealStatus.REGISTERED);
        assertThat(detail.language()).isEqualTo("kk");
        assertThat(detail.access()).isEqualTo(AppealAccess.AUTHOR);
        assertThat(detail.attachments())
                .extracting(AttachmentInfo::fileName, AttachmentInfo::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("photo.png", "image/png"),
                        org.assertj.core.groups.Tuple.tuple("letter.pdf", "application/pdf"));
        assertThat(detail.timeline()).extracting(TimelineEntry::kind).containsExactly(AppealEventKind.REGISTERED);
        AttachmentFile pdf =
                appeals.attachment(ack.id(), detail.attachments().get(1).id());
        assertThat(pdf.content()).isEqualTo(AppealFiles.pdf());
        assertThat(events.stream(AppealSubmitted.class).filter(e -> e.appealId() == ack.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.agencyId()).isEqualTo(agency.getId());
                    assertThat(e.country()).isEqualTo(CountryCode.KZ);
                    assertThat(e.text()).startsWith("Біздің");
                });
        assertThat(appeals.myAppeals(PageRequest.of(0, 10)))
                .extracting(AppealSummary::number)
                .containsExactly(ack.number());
    }

    @Test
    void numbersAreUniqueIncreasingPerCountryAndFollowTheLocalYear() {
        PikirUser citizen = accounts.citizen("KZ");
        Agency kz = data.ministry(CountryCode.KZ, 1);
        Agency uz = data.ministry(CountryCode.UZ, 0);
        // 31 Dec 2026 20:00 UTC is already 1 January 2027 in Almaty
        clock.set(Instant.parse("2026-12-31T20:00:00Z"));
        AppealNumber first = AppealNumber.parse(data.submit(citizen, kz, "a").number());
        AppealNumber second = AppealNumber.parse(data.submit(citizen, kz, "b").number());
        AppealNumber other = AppealNumber.parse(data.submit(citizen, uz, "c").number());
        assertThat(first.year()).isEqualTo(2027);
        assertThat(second.serial()).isGreaterThan(first.serial());
        assertThat(other.country()).isEqualTo(CountryCode.UZ);
        // Tashkent is UTC+5 too; a UZ appeal at the same instant also counts in 2027
        assertThat(other.year()).isEqualTo(2027);
    }

    @Test
    void aFailedSubmissionLeavesAGapButNeverADuplicate() {
        PikirUser citizen = accounts.citizen("KG");
        Agency kg = data.ministry(CountryCode.KG, 0);
        AppealNumber before =
                AppealNumber.parse(data.submit(citizen, kg, "first").number());
        jdbc.update(
                "update appeal_number_counter set last_value = last_value + 1 where country_code = 'KG' and year = ?",
                before.year());
        AppealNumber after =
                AppealNumber.parse(data.submit(citizen, kg, "after gap").number());
        assertThat(after.serial()).isEqualTo(before.serial() + 2);
        Integer duplicates = jdbc.queryForObject("select count(*) - count(distinct number) from appeal", Integer.class);
        assertThat(duplicates).isZero();
    }

    @Test
    void calendarDayPeriodsMoveOffHolidaysInTheCountrysZone() {
        PikirUser citizen = accounts.citizen("UZ");
        Agency uz = data.ministry(CountryCode.UZ, 1);
        // Thursday 5 March 2026: +15 days = Friday 20 March (Ramadan Hayit), then Navruz, Sunday and a moved
        // day off (23 March) - the deadline is Tuesday 24 March, end of day in Tashkent
        clock.set(Instant.parse("2026-03-05T06:00:00Z"));
        SubmittedAppeal ack = data.submit(citizen, uz, "water");
        assertThat(ack.dueAt())
                .isEqualTo(ZonedDateTime.of(2026, 3, 25, 0, 0, 0, 0, ZoneId.of("Asia/Tashkent"))
                        .toInstant()
                        .minus(1, java.time.temporal.ChronoUnit.MICROS));
    }

    @Test
    void workingDayPeriodsCrossTheYearBoundarySkippingNewYearHolidays() {
        PikirUser citizen = accounts.citizen("KZ");
        Agency kz = data.ministry(CountryCode.KZ, 2);
        // Thursday 10 Dec 2026; 16 Dec, 1-2 Jan and the moved 4 Jan are holidays: the 15th working day is 5 Jan
        clock.set(Instant.parse("2026-12-10T07:00:00Z"));
        SubmittedAppeal ack = data.submit(citizen, kz, "heating");
        assertThat(ack.dueAt().atZone(ZoneId.of("Asia/Almaty")).toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2027, 1, 5));
        // one hour later in UTC is already the next local day: Friday 11 Dec counts as day 0, deadline moves by one
        clock.set(Instant.parse("2026-12-10T19:30:00Z"));
        SubmittedAppeal late = data.submit(citizen, kz, "heating again");
        assertThat(late.dueAt().atZone(ZoneId.of("Asia/Almaty")).toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2027, 1, 6));
    }

    @Test
    void missingFieldsAndOverlongTextAreReportedPerField() {
        TestUsers.signIn(accounts.citizen("KZ"));
        assertThatThrownBy(() -> appeals.submit(
                        new AppealForm(null, null, null, " ", "x".repeat(10_001), null, false, List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsKeys("country", "agency", "type", "subject", "text", "contactPreference")
                                .satisfies(m -> assertThat(m.get("text").key()).isEqualTo("error.tooLong")));
    }

    @Test
    void anAgencyOfAnotherCountryIsRefused() {
        TestUsers.signIn(accounts.citizen("KZ"));
        Agency uz = data.ministry(CountryCode.UZ, 0);
        AppealForm form = new AppealForm(
                uz.getId(), CountryCode.KZ, AppealType.REQUEST, "s", "t", ContactPreference.IN_APP, false, List.of());
        assertThatThrownBy(() -> appeals.submit(form))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("agency").key())
                                .isEqualTo("appeal.error.agencyWrongCountry"));
    }

    @Test
    void tooManyTooLargeOrDisguisedFilesAreRefusedAndNothingIsStored() {
        PikirUser citizen = accounts.citizen("TJ");
        TestUsers.signIn(citizen);
        Agency tj = data.ministry(CountryCode.TJ, 0);
        List<AttachmentUpload> six = Collections.nCopies(6, new AttachmentUpload("a.pdf", AppealFiles.pdf()));
        assertFileError(tj, six, "appeal.error.tooManyFiles");
        assertFileError(
                tj,
                List.of(new AttachmentUpload("big.pdf", AppealFiles.pdfOfSize(10 * 1024 * 1024 + 1))),
                "appeal.error.fileTooLarge");
        assertFileError(
                tj, List.of(new AttachmentUpload("virus.pdf", "MZ not a pdf".getBytes())), "appeal.error.fileType");
        assertFileError(tj, List.of(new AttachmentUpload("empty.png", new byte[0])), "appeal.error.emptyFile");
        assertThat(appeals.countMyAppeals()).isZero();
        // exactly at the limit is fine
        SubmittedAppeal ok = appeals.submit(AppealTestData.form(
                tj, "ok", "text", List.of(new AttachmentUpload("max.pdf", AppealFiles.pdfOfSize(10 * 1024 * 1024)))));
        assertThat(appeals.detail(ok.id()).attachments())
                .singleElement()
                .satisfies(a -> assertThat(a.size()).isEqualTo(10 * 1024 * 1024));
    }

    @Test
    void unverifiedAccountsCannotSubmit() {
        TestUsers.signIn(accounts.unverifiedCitizen("KZ"));
        Agency kz = data.ministry(CountryCode.KZ, 0);
        assertThatThrownBy(() -> appeals.submit(AppealTestData.form(kz, "s", "t", List.of())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("appeal.error.unverified");
        assertThat(appeals.countMyAppeals()).isZero();
    }

    @Test
    void anonymousVisitorsCannotSubmitOrList() {
        Agency kz = data.ministry(CountryCode.KZ, 0);
        assertThatThrownBy(() -> appeals.submit(AppealTestData.form(kz, "s", "t", List.of())))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> appeals.myAppeals(PageRequest.of(0, 5)))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Autowired
    java.util.List<org.pikir.country.ParticipationCounter> counters;

    @Test
    void theHomePageCounterCountsAppealsPerCountry() {
        org.pikir.country.ParticipationCounter counter = counters.stream()
                .filter(c -> c.kind() == org.pikir.country.ParticipationKind.APPEALS)
                .findFirst()
                .orElseThrow();
        long before = counter.countByCountry().getOrDefault(CountryCode.TM, 0L);
        data.submit(accounts.citizen("TM"), data.ministry(CountryCode.TM, 2), "count me");
        assertThat(counter.countByCountry().get(CountryCode.TM)).isEqualTo(before + 1);
    }

    private void assertFileError(Agency agency, List<AttachmentUpload> files, String key) {
        assertThatThrownBy(() -> appeals.submit(AppealTestData.form(agency, "s", "t", files)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("attachments").key())
                                .isEqualTo(key));
    }
}
