package org.pikir.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A poll's public results: voters and votes per option in total and by the voters' country of residence, every
 * count under the small-cell rule ({@link PollSuppression}).
 *
 * @param closed      whether these are final (false: live results of a running poll)
 * @param byResidence one row per country of residence (ISO code), largest first
 */
public record PollResults(
        long pollId,
        long draftId,
        Trilingual question,
        boolean multipleChoice,
        Instant opensAt,
        Instant closesAt,
        boolean closed,
        PollCount voters,
        List<OptionTotal> options,
        List<CountryRow> byResidence) {

    /** Votes for one option. */
    public record OptionTotal(long optionId, Trilingual label, PollCount votes) {}

    /** Voters from one country of residence and their votes per option (in the order of {@link #options}). */
    public record CountryRow(String country, PollCount voters, List<PollCount> votes) {}
}
