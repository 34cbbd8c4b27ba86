package org.pikir.appeal;

import java.time.Instant;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.country.CountryCode;

/**
 * Published when an appeal is registered, inside the submitting transaction: listen with
 * {@code @ApplicationModuleListener} (durable, after commit). Carries the language detected once at submission;
 * {@code AppealAnalysisFeed} hands the appeal to the analysis engine (campaigns of near-identical complaints).
 */
public record AppealSubmitted(
        long appealId, long agencyId, CountryCode country, String text, DetectedLanguage language, Instant createdAt) {}
