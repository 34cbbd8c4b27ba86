package org.pikir.petition;

/**
 * A petition as one visitor may see it: the petition, its live count, names, and what this visitor may do.
 * Title and text are blanked when a rejection hides them from the public.
 */
public record PetitionDetails(
        Petition petition,
        long signatures,
        String authorName,
        boolean hasSigned,
        boolean canSign,
        boolean canWithdraw,
        boolean canModerate,
        boolean canRespond,
        boolean contentVisible,
        boolean responseOverdue) {

    /** Share of the threshold reached, 0..1. */
    public double progress() {
        int threshold = petition.getThreshold();
        return threshold <= 0 ? 0 : Math.min(1.0, (double) signatures / threshold);
    }
}
