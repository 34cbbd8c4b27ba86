package org.pikir.analysis.service;

import org.pikir.analysis.AnalysableText;
import org.pikir.analysis.AnalysisService;
import org.pikir.appeal.AppealRedirected;
import org.pikir.appeal.AppealSubmitted;
import org.pikir.consultation.CommentSubmitted;
import org.pikir.consultation.ConsultationClosed;
import org.pikir.petition.PetitionChanged;
import org.pikir.petition.PetitionPublicTexts;
import org.pikir.petition.PetitionStatus;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Analyses submissions after their transaction commits, off the submitting thread: the citizen's request
 * never waits for clustering, and a rolled-back submission is never analysed.
 *
 * <p>Contract for modules: publish an event carrying id, scope-defining ids, text and time inside the
 * storing transaction; add a listener method here mapping it to an {@link AnalysableText}.
 */
@Component
class SubmissionListener {

    private final AnalysisService analysis;
    private final PetitionPublicTexts petitions;

    SubmissionListener(AnalysisService analysis, PetitionPublicTexts petitions) {
        this.analysis = analysis;
        this.petitions = petitions;
    }

    @Async
    @TransactionalEventListener
    void on(CommentSubmitted e) {
        analysis.submit(new AnalysableText(
                "comment",
                Long.toString(e.commentId()),
                "consultation:" + e.consultationId(),
                e.text(),
                e.createdAt()));
    }

    /** A closed round is what officials consider: re-cluster all of its comments (in the background, with progress). */
    @Async
    @TransactionalEventListener
    void on(ConsultationClosed e) {
        analysis.recluster("consultation:" + e.consultationId());
    }

    @Async
    @TransactionalEventListener
    void on(AppealSubmitted e) {
        // The appeal already got its language from this module's AppealLanguageGuess at submission; writing it
        // again from here would race the officials' own updates of the appeal.
        analysis.submit(new AnalysableText(
                "appeal", Long.toString(e.appealId()), "agency:" + e.agencyId(), e.text(), e.createdAt()));
    }

    /** A redirected appeal joins the receiving agency's campaigns and topics (and leaves the sender's). */
    @Async
    @TransactionalEventListener
    void on(AppealRedirected e) {
        analysis.submit(new AnalysableText(
                "appeal", Long.toString(e.appealId()), "agency:" + e.toAgencyId(), e.text(), e.submittedAt()));
    }

    /**
     * Petitions are analysed once public (after moderation), per country: near-identical petitions form a
     * campaign and every petition gets a language and topic. Rejections and responses do not change the petition's
     * own text, so only the approval is analysed.
     */
    @Async
    @TransactionalEventListener
    void on(PetitionChanged e) {
        if (e.status() != PetitionStatus.COLLECTING) {
            return;
        }
        petitions
                .petition(e.petitionId())
                .ifPresent(p -> analysis.submit(new AnalysableText(
                        "petition",
                        Long.toString(p.petitionId()),
                        "petition:" + p.country(),
                        p.title() + "\n" + p.text(),
                        p.publishedAt())));
    }
}
