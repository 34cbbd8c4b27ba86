package org.pikir.consideration;

import java.util.List;

/**
 * What an official enters to decide: the outcome, the reason (and the language it is written in), the changed
 * articles for an acceptance, and a note when this revises an earlier decision on the same target.
 */
public record DecisionForm(
        Outcome outcome, String reason, String reasonLanguage, List<Long> articleIds, String revisionNote) {

    public DecisionForm {
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    }

    /** A first decision without linked articles. */
    public static DecisionForm of(Outcome outcome, String reason, String reasonLanguage) {
        return new DecisionForm(outcome, reason, reasonLanguage, List.of(), null);
    }
}
