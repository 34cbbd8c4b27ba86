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

    /** The same row with personal data masked in the title, as the public list shows it. */
    PetitionSummary masked() {
        return new PetitionSummary(
                id,
                country,
                agencyId,
                org.pikir.shared.PublicTextMask.mask(title),
                status,
                signatures,
                threshold,
                submittedAt,
                openedAt,
                closesAt,
                responseDue);
    }

    /** Share of the threshold reached, 0..1. */
    public double progress() {
        return threshold <= 0 ? 0 : Math.min(1.0, (double) signatures / threshold);
    }
}
