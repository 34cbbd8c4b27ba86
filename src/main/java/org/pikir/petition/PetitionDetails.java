package org.pikir.petition;

import org.pikir.account.AuthorName;
import org.pikir.shared.PublicTextMask;

/**
 * A petition as one visitor may see it: the petition, its live count, names, and what this visitor may do.
 * Title and text are blanked when a rejection hides them from the public.
 */
public record PetitionDetails(
        Petition petition,
        long signatures,
        AuthorName author,
        boolean hasSigned,
        boolean canSign,
        boolean canWithdraw,
        boolean canModerate,
        boolean canRespond,
        boolean contentVisible,
        boolean original,
        boolean responseOverdue) {

    /** The title as this visitor reads it: personal data masked unless they see the original. */
    public String title() {
        return shown(petition.getTitle());
    }

    /** The text as this visitor reads it. */
    public String text() {
        return shown(petition.getText());
    }

    /** The requested action as this visitor reads it. */
    public String requestedAction() {
        return shown(petition.getRequestedAction());
    }

    /** The addressee's response as this visitor reads it. */
    public String responseText() {
        return shown(petition.getResponseText());
    }

    private String shown(String text) {
        return original ? text : PublicTextMask.mask(text);
    }

    /** Share of the threshold reached, 0..1. */
    public double progress() {
        int threshold = petition.getThreshold();
        return threshold <= 0 ? 0 : Math.min(1.0, (double) signatures / threshold);
    }
}
