package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pikir.country.CountryCode;
import org.pikir.shared.DomainException;

class DraftStatusTest {

    private static final Instant T = Instant.parse("2026-05-04T06:00:00Z");

    @Test
    void allowedTransitionsFollowTheLifecycle() {
        assertThat(DraftStatus.DRAFT.allowedNext()).containsExactlyInAnyOrder(DraftStatus.OPEN, DraftStatus.WITHDRAWN);
        assertThat(DraftStatus.OPEN.allowedNext()).containsExactlyInAnyOrder(DraftStatus.CLOSED, DraftStatus.WITHDRAWN);
        assertThat(DraftStatus.CLOSED.allowedNext())
                .containsExactlyInAnyOrder(
                        DraftStatus.NEW_VERSION_PUBLISHED, DraftStatus.ADOPTED, DraftStatus.WITHDRAWN);
        assertThat(DraftStatus.NEW_VERSION_PUBLISHED.allowedNext()).contains(DraftStatus.OPEN, DraftStatus.ADOPTED);
        assertThat(DraftStatus.ADOPTED.allowedNext()).isEmpty();
        assertThat(DraftStatus.WITHDRAWN.allowedNext()).isEmpty();
    }

    @Test
    void illegalTransitionsAreDomainErrors() {
        DraftLaw draft = new DraftLaw(CountryCode.KZ, 1, PolicyArea.MIGRATION, 1, T);
        assertThatThrownBy(() -> draft.close(T)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> draft.publishVersion(2)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> draft.moveTo(DraftStatus.ADOPTED)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> draft.open(T, T)).isInstanceOf(DomainException.class);
        draft.open(T, T.plusSeconds(3600));
        assertThatThrownBy(() -> draft.open(T, T.plusSeconds(7200))).isInstanceOf(DomainException.class);
        draft.close(T.plusSeconds(60));
        assertThat(draft.getClosesAt()).isEqualTo(T.plusSeconds(60));
        draft.publishVersion(2);
        assertThat(draft.getCurrentVersion()).isEqualTo(2);
        draft.moveTo(DraftStatus.ADOPTED);
        assertThatThrownBy(() -> draft.moveTo(DraftStatus.WITHDRAWN)).isInstanceOf(DomainException.class);
    }

    @Test
    void participationOnlyInsideTheOpenWindow() {
        DraftLaw draft = new DraftLaw(CountryCode.KZ, 1, PolicyArea.MIGRATION, 1, T);
        assertThat(draft.acceptsParticipation(T)).isFalse();
        draft.open(T.plusSeconds(10), T.plusSeconds(100));
        assertThat(draft.acceptsParticipation(T)).isFalse();
        assertThat(draft.acceptsParticipation(T.plusSeconds(10))).isTrue();
        assertThat(draft.acceptsParticipation(T.plusSeconds(100))).isFalse();
    }
}
