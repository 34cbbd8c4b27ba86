package org.pikir.analysis.service;

import org.pikir.analysis.AnalysisService;
import org.pikir.appeal.AppealLanguageGuess;
import org.pikir.consultation.CommentLanguageDetector;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Replaces the modules' letter-based placeholders with the analysis engine's detector. */
final class EngineLanguageDetectors {

    private EngineLanguageDetectors() {}

    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class ForComments implements CommentLanguageDetector {
        private final AnalysisService analysis;

        ForComments(AnalysisService analysis) {
            this.analysis = analysis;
        }

        @Override
        public String detect(String text) {
            return analysis.detect(text).lang();
        }
    }

    @Component
    @Primary
    static class ForAppeals implements AppealLanguageGuess {
        private final AnalysisService analysis;

        ForAppeals(AnalysisService analysis) {
            this.analysis = analysis;
        }

        @Override
        public String guess(String text) {
            return analysis.detect(text).lang();
        }
    }
}
