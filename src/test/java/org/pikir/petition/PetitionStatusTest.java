package org.pikir.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pikir.country.CountryCode;
import org.pikir.shared.DomainException;

class PetitionStatusTest {

    private static final PetitionRules RULES = new PetitionRules(100, 30, 30, false, true);
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private static Petition pending() {
        return new Petition(
                CountryCode.KZ,
                1,
                2,
                "A title long enough",
                "text",
                "action",
                org.pikir.shared.LanguageCode.EN,
                RULES,
                NOW);
    }

    @Test
    void allowedTransitionsFormTheDocumentedLifecycle() {
        assertThat(PetitionStatus.PENDING.allowedNext())
                .containsExactlyInAnyOrder(PetitionStatus.COLLECTING, PetitionStatus.REJECTED);
        assertThat(PetitionStatus.COLLECTING.allowedNext())
                .containsExactlyInAnyOrder(PetitionStatus.THRESHOLD_REACHED, PetitionStatus.EXPIRED);
        assertThat(PetitionStatus.THRESHOLD_REACHED.allowedNext()).containsExactly(PetitionStatus.RESPONDED);
        for (PetitionStatus terminal :
                new PetitionStatus[] {PetitionStatus.REJECTED, PetitionStatus.RESPONDED, PetitionStatus.EXPIRED}) {
            assertThat(terminal.allowedNext()).isEmpty();
        }
    }

    @Test
    void approvalOpensCollectionForTheCountryPeriod() {
        Petition petition = pending();
        petition.approve(9, new PetitionRules(500, 30, 30, false, true), NOW);
        assertThat(petition.getStatus()).isEqualTo(PetitionStatus.COLLECTING);
        assertThat(petition.getThreshold()).isEqualTo(500);
        assertThat(petition.getClosesAt()).isEqualTo(NOW.plusSeconds(30L * 86400));
        assertThat(petition.isOpenForSignatures(NOW.plusSeconds(60))).isTrue();
        assertThat(petition.isOpenForSignatures(petition.getClosesAt())).isFalse();
    }

    @Test
    void illegalTransitionsAreRefused() {
        Petition petition = pending();
        assertThatThrownBy(() -> petition.respond(1, ResponseDecision.WILL_ACT, "text", NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("petition.error.illegalTransition");
        assertThatThrownBy(() -> petition.expire(NOW)).isInstanceOf(DomainException.class);
        petition.reject(9, RejectionReason.UNCLEAR, null, NOW);
        assertThatThrownBy(() -> petition.approve(9, RULES, NOW)).isInstanceOf(DomainException.class);
        assertThat(petition.getStatus()).isEqualTo(PetitionStatus.REJECTED);
    }

    @Test
    void offensiveRejectionHidesTheContent() {
        Petition offensive = pending();
        offensive.reject(9, RejectionReason.OFFENSIVE, null, NOW);
        assertThat(offensive.isContentPublic()).isFalse();
        Petition duplicate = pending();
        duplicate.reject(9, RejectionReason.DUPLICATE, "see the other one", NOW);
        assertThat(duplicate.isContentPublic()).isTrue();
    }

    @Test
    void responseIsOverdueOnlyAfterTheDeadlineWithoutResponse() {
        Petition petition = pending();
        petition.approve(9, RULES, NOW);
        Instant due = NOW.plusSeconds(86400 * 40L);
        petition.reachThreshold(NOW.plusSeconds(86400), due);
        assertThat(petition.isResponseOverdue(due.minusSeconds(1))).isFalse();
        assertThat(petition.isResponseOverdue(due.plusSeconds(1))).isTrue();
        petition.respond(3, ResponseDecision.PARTIALLY, "We will do part of it.", due.plusSeconds(2));
        assertThat(petition.isResponseOverdue(due.plusSeconds(3))).isFalse();
    }

    @Test
    void searchQueriesKeepOnlyWords() {
        assertThat(PetitionQueries.prefixQuery("Water & tariffs!")).isEqualTo("water:* & tariffs:*");
        assertThat(PetitionQueries.prefixQuery("  ':*|!  ")).isNull();
        assertThat(PetitionQueries.anyWordQuery("Су тарифтерін төмендету to be"))
                .isEqualTo("тарифтерін | төмендету");
    }
}
