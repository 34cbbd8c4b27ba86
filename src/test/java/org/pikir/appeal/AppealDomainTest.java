package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.pikir.country.CountryCode;
import org.pikir.shared.DomainException;

/** The appeal lifecycle, registration numbers, file type detection and the language placeholder. */
class AppealDomainTest {

    private static final Instant T0 = Instant.parse("2026-03-02T05:00:00Z");

    private static Appeal appeal() {
        return new Appeal(
                "KZ-2026-000001",
                CountryCode.KZ,
                1L,
                10L,
                AppealType.COMPLAINT,
                "s",
                "t",
                org.pikir.shared.LanguageCode.RU,
                ContactPreference.EMAIL,
                false,
                T0,
                T0.plus(21, ChronoUnit.DAYS));
    }

    @Test
    void openStatusesAreExactlyTheOnesTheAgencyStillWorks() {
        assertThat(AppealStatus.REGISTERED.isOpen()).isTrue();
        assertThat(AppealStatus.IN_PROGRESS.isOpen()).isTrue();
        assertThat(AppealStatus.DISPUTED.isOpen()).isTrue();
        assertThat(AppealStatus.ANSWERED.isOpen()).isFalse();
        assertThat(AppealStatus.DISMISSED.isOpen()).isFalse();
        assertThat(AppealStatus.ANSWERED.canMoveTo(AppealStatus.IN_PROGRESS)).isFalse();
        assertThat(AppealStatus.DISMISSED.canMoveTo(AppealStatus.ANSWERED)).isFalse();
        assertThat(AppealStatus.REGISTERED.canMoveTo(AppealStatus.DISPUTED)).isFalse();
    }

    @Test
    void aNewAppealIsRegisteredAndAssignmentPutsItInProgress() {
        Appeal a = appeal();
        assertThat(a.getStatus()).isEqualTo(AppealStatus.REGISTERED);
        a.assign(5L);
        assertThat(a.getStatus()).isEqualTo(AppealStatus.IN_PROGRESS);
        assertThat(a.getAssigneeId()).isEqualTo(5L);
    }

    @Test
    void replyingToAClosedAppealIsRefused() {
        Appeal a = appeal();
        a.answer(T0.plusSeconds(60));
        assertThat(a.getStatus()).isEqualTo(AppealStatus.ANSWERED);
        assertThat(a.getClosedAt()).isEqualTo(T0.plusSeconds(60));
        assertThatThrownBy(() -> a.answer(T0.plusSeconds(120)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("appeal.error.closed");
        assertThatThrownBy(() -> a.assign(5L)).hasMessageContaining("appeal.error.closed");
        assertThatThrownBy(() -> a.dismiss(DismissReason.REPEATED, T0)).hasMessageContaining("appeal.error.closed");
    }

    @Test
    void theDeadlineCanBeExtendedOnlyOnce() {
        Appeal a = appeal();
        Instant later = a.getDueAt().plus(10, ChronoUnit.DAYS);
        a.extend(later);
        assertThat(a.isExtended()).isTrue();
        assertThat(a.getDueAt()).isEqualTo(later);
        assertThatThrownBy(() -> a.extend(later.plus(1, ChronoUnit.DAYS)))
                .hasMessageContaining("appeal.error.alreadyExtended");
    }

    @Test
    void redirectRestartsThePeriodAtTheNewAgencyAndDropsAssigneeAndExtension() {
        Appeal a = appeal();
        a.assign(5L);
        a.extend(a.getDueAt().plus(3, ChronoUnit.DAYS));
        Instant at = T0.plus(2, ChronoUnit.DAYS);
        Instant due = at.plus(21, ChronoUnit.DAYS);
        a.redirect(2L, at, due);
        assertThat(a.getAgencyId()).isEqualTo(2L);
        assertThat(a.getOriginalAgencyId()).isEqualTo(1L);
        assertThat(a.getStatus()).isEqualTo(AppealStatus.REGISTERED);
        assertThat(a.getAssigneeId()).isNull();
        assertThat(a.getPeriodStart()).isEqualTo(at);
        assertThat(a.getDueAt()).isEqualTo(due);
        assertThat(a.isExtended()).isFalse();
    }

    @Test
    void anAnswerCanBeDisputedOnceWhichReopensIt() {
        Appeal a = appeal();
        assertThatThrownBy(() -> a.dispute(3L, T0, T0)).hasMessageContaining("appeal.error.notAnswered");
        a.answer(T0.plusSeconds(10));
        a.dispute(3L, T0.plusSeconds(20), T0.plus(30, ChronoUnit.DAYS));
        assertThat(a.getStatus()).isEqualTo(AppealStatus.DISPUTED);
        assertThat(a.getAgencyId()).isEqualTo(3L);
        assertThat(a.getClosedAt()).isNull();
        assertThatThrownBy(() -> a.redirect(4L, T0, T0)).hasMessageContaining("appeal.error.disputedCannotRedirect");
        a.assign(7L);
        assertThat(a.getStatus()).isEqualTo(AppealStatus.DISPUTED);
        a.answer(T0.plusSeconds(30));
        assertThatThrownBy(() -> a.dispute(3L, T0, T0)).hasMessageContaining("appeal.error.alreadyDisputed");
    }

    @Test
    void aDismissalCanBeDisputedToo() {
        Appeal a = appeal();
        a.dismiss(DismissReason.NO_SUBSTANCE, T0.plusSeconds(5));
        assertThat(a.getDismissReason()).isEqualTo(DismissReason.NO_SUBSTANCE);
        a.dispute(1L, T0.plusSeconds(6), T0.plus(20, ChronoUnit.DAYS));
        assertThat(a.getStatus()).isEqualTo(AppealStatus.DISPUTED);
        assertThat(a.getDismissReason()).isNull();
    }

    @Test
    void overdueOnlyWhileOpen() {
        Appeal a = appeal();
        Instant afterDue = a.getDueAt().plusSeconds(1);
        assertThat(a.isOverdue(afterDue)).isTrue();
        assertThat(a.isOverdue(a.getDueAt().minusSeconds(1))).isFalse();
        a.answer(afterDue);
        assertThat(a.isOverdue(afterDue.plusSeconds(100))).isFalse();
    }

    @Test
    void registrationNumbersPrintAndParse() {
        AppealNumber n = new AppealNumber(CountryCode.KZ, 2026, 123);
        assertThat(n.toString()).isEqualTo("KZ-2026-000123");
        assertThat(AppealNumber.parse("UZ-2027-1234567")).isEqualTo(new AppealNumber(CountryCode.UZ, 2027, 1_234_567));
        assertThatThrownBy(() -> AppealNumber.parse("RU-2026-000001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppealNumber.parse("KZ-26-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppealNumber(CountryCode.KZ, 2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileTypesAreRecognisedByContentNotName() {
        assertThat(AttachmentType.detect(AppealFiles.pdf())).contains(AttachmentType.PDF);
        assertThat(AttachmentType.detect(AppealFiles.png())).contains(AttachmentType.PNG);
        assertThat(AttachmentType.detect(AppealFiles.jpeg())).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.detect("MZ\u0090 this is an exe".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(AttachmentType.detect("%PD".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(AttachmentType.detect(new byte[0])).isEmpty();
    }

    @Test
    void fileNamesLoseTheirPathAndControlCharacters() {
        assertThat(AppealService.cleanFileName("C:\\Users\\me\\scan.pdf")).isEqualTo("scan.pdf");
        assertThat(AppealService.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AppealService.cleanFileName("a\u0000b\u202E.png")).isEqualTo("ab.png");
        assertThat(AppealService.cleanFileName("  ")).isEqualTo("file");
    }
}
