package org.pikir.consultation;

import org.pikir.analysis.AnalysableText;
import org.pikir.analysis.AnalysisService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands a draft's comments to the analysis engine: each new comment is placed in its draft's campaigns and
 * topics, and a closed round is re-clustered as a whole for its consideration. Durable: the events stay in the
 * publication registry until these methods return, and are delivered again after a crash; the engine ignores
 * a comment it already holds.
 */
@Component
class CommentAnalysisFeed {

    private final AnalysisService analysis;

    CommentAnalysisFeed(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @ApplicationModuleListener
    void on(CommentSubmitted e) {
        analysis.submit(new AnalysableText(
                CommentAnalysis.item(e.commentId()),
                CommentAnalysis.scope(e.consultationId()),
                e.text(),
                e.language(),
                e.createdAt()));
    }

    /** A closed round is what officials consider: re-cluster all of its comments (in the background, with progress). */
    @ApplicationModuleListener
    void on(ConsultationClosed e) {
        analysis.recluster(CommentAnalysis.scope(e.consultationId()));
    }
}
