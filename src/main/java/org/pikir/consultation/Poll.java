package org.pikir.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A poll of a consultation as the caller sees it: texts, window, state, the caller's choices and whether they may
 * vote, whether they manage it, and the results when these are public.
 *
 * @param closesAt   when it closes or closed (earlier than planned when closed early)
 * @param myChoices  the options the caller chose (empty when they have not voted)
 * @param voteDenial why the caller may not vote now (translation key); empty when they may
 * @param editable   the agency may still change it (no vote yet, not closed)
 * @param results    present when public: closed, or live by the agency's choice once it has opened
 */
public record Poll(
        long id,
        long draftId,
        Trilingual question,
        boolean multipleChoice,
        PollVisibility visibility,
        Instant opensAt,
        Instant closesAt,
        State state,
        List<Option> options,
        Set<Long> myChoices,
        Optional<String> voteDenial,
        boolean canManage,
        boolean editable,
        Optional<PollResults> results) {

    /** Where a poll is in its window. */
    public enum State {
        UPCOMING,
        OPEN,
        CLOSED
    }

    /** An answer option. */
    public record Option(long id, Trilingual label) {}

    public boolean canVote() {
        return voteDenial.isEmpty();
    }
}
