package org.pikir.petition;

import org.pikir.analysis.AnalysableText;
import org.pikir.analysis.AnalysisService;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.ItemRef;
import org.pikir.analysis.LanguageDetector;
import org.pikir.analysis.Scope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Petitions are analysed once public (after moderation), per country: near-identical petitions form a campaign
 * and every petition gets a topic. Rejections and responses do not change the petition's own text, so only the
 * approval is analysed. Durable and idempotent.
 */
@Component
class PetitionAnalysisFeed {

    /** Scope kind: the public petitions of one country. */
    static final String SCOPE_KIND = "petition";

    static final String ITEM_KIND = "petition";

    private final AnalysisService analysis;
    private final PetitionPublicTexts petitions;
    private final LanguageDetector languages;

    PetitionAnalysisFeed(AnalysisService analysis, PetitionPublicTexts petitions, LanguageDetector languages) {
        this.analysis = analysis;
        this.petitions = petitions;
        this.languages = languages;
    }

    @ApplicationModuleListener
    void on(PetitionChanged e) {
        if (e.status() != PetitionStatus.COLLECTING) {
            return;
        }
        petitions.petition(e.petitionId()).ifPresent(p -> {
            String text = PetitionPublicTexts.analysedText(p.title(), p.text());
            // Petitions written before languages were stored with them are detected here, once.
            DetectedLanguage language =
                    p.language() != null ? DetectedLanguage.known(p.language()) : languages.detect(text);
            analysis.submit(new AnalysableText(
                    ItemRef.of(ITEM_KIND, p.petitionId()),
                    Scope.of(SCOPE_KIND, p.country().name()),
                    text,
                    language,
                    p.publishedAt()));
        });
    }
}
