package org.pikir.analysis.engine;

import java.time.Instant;
import java.util.List;

/**
 * A form-letter campaign: submissions that share most of their text.
 *
 * @param id stable within one clustering run ("C1" is the largest)
 * @param template the most frequent member text (ties: the earliest)
 * @param templateItemId the member whose text is the template
 * @param memberIds all members, template first
 * @param variants number of distinct member texts (after normalisation)
 * @param firstSeen earliest member time, null when no member had one
 * @param lastSeen latest member time, null when no member had one
 * @param additions distinct sentences citizens added to the form letter — what an official must not miss
 */
public record Campaign(
        String id,
        String template,
        String templateItemId,
        List<String> memberIds,
        int variants,
        Instant firstSeen,
        Instant lastSeen,
        List<Addition> additions) {

    public Campaign {
        memberIds = List.copyOf(memberIds);
        additions = List.copyOf(additions);
    }

    /** Number of members. */
    public int size() {
        return memberIds.size();
    }

    /**
     * A sentence found in members but not in the campaign's shared text.
     *
     * @param text the sentence as the citizen wrote it
     * @param firstItemId the first member that contains it
     * @param count how many members contain it (same sentence after normalisation)
     */
    public record Addition(String text, String firstItemId, int count) {}
}
