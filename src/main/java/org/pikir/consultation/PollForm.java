package org.pikir.consultation;

import java.time.Instant;
import java.util.List;

/**
 * What an official enters for a poll: the question and each option in Kazakh and Russian (English optional, as
 * for draft titles), single or multiple choice, its window inside the consultation period, and when results are
 * shown.
 */
public record PollForm(
        String questionKk,
        String questionRu,
        String questionEn,
        boolean multipleChoice,
        PollVisibility visibility,
        Instant opensAt,
        Instant closesAt,
        List<Option> options) {

    public PollForm {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** One answer option. */
    public record Option(String labelKk, String labelRu, String labelEn) {}
}
