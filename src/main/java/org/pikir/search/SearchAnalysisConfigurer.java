package org.pikir.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.pikir.analysis.AnalyzerRegistry;

/**
 * Registers the analysis module's per-language analyzers with Hibernate Search, so the index and the
 * clustering agree on what a Kazakh or Russian word is. Referenced from application.properties.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    private static final AnalyzerRegistry ANALYZERS = new AnalyzerRegistry();

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String lang : SearchDocument.LANGS) {
            context.analyzer(lang).instance(ANALYZERS.forLanguage(lang));
        }
        context.analyzer("std").instance(ANALYZERS.forLanguage("und"));
    }
}
