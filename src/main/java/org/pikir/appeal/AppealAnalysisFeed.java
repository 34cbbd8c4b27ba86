package org.pikir.appeal;

import org.pikir.analysis.AnalysableText;
import org.pikir.analysis.AnalysisRecords.StoredAssignment;
import org.pikir.analysis.AnalysisService;
import org.pikir.analysis.DetectedLanguage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands appeals to the analysis engine, per receiving agency: a new appeal joins the agency's campaigns and
 * topics; a redirected one moves to the receiving agency's. Durable and idempotent (see {@code
 * AnalysisService.submit}).
 */
@Component
class AppealAnalysisFeed {

    private final AnalysisService analysis;

    AppealAnalysisFeed(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @ApplicationModuleListener
    void on(AppealSubmitted e) {
        analysis.submit(new AnalysableText(
                AppealAnalysis.item(e.appealId()),
                AppealAnalysis.scope(e.agencyId()),
                e.text(),
                e.language(),
                e.createdAt()));
    }

    /** The language detected at submission travels with the appeal (the engine's copy has its confidence). */
    @ApplicationModuleListener
    void on(AppealRedirected e) {
        DetectedLanguage language = analysis.assignment(AppealAnalysis.item(e.appealId()))
                .map(StoredAssignment::language)
                .filter(l -> l.code() == e.language())
                .orElseGet(() -> DetectedLanguage.known(e.language()));
        analysis.submit(new AnalysableText(
                AppealAnalysis.item(e.appealId()),
                AppealAnalysis.scope(e.toAgencyId()),
                e.text(),
                language,
                e.submittedAt()));
    }
}
