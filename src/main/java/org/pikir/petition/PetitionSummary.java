package org.pikir.petition;

import java.time.Instant;
import org.pikir.country.CountryCode;

/**
 * One row of a petition list. {@code title} is null when a rejection hides the content (offensive, personal
 * data).
 */
public record PetitionSummary(
        long id,
        CountryCode country,
        long agencyId,
        String title,
        PetitionStatus status,
        long signatures,
        int threshold,
        Instant submittedAt,
        Instant openedAt,
        Instant closesAt,
        Instant responseDue) {

    /** Share of the threshold reached, 0..1. */
    public double progress() {
        return threshold <= 0 ? 0 : Math.min(1.0, (double) signatures / threshold);
    }
}
