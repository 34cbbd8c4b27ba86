package org.pikir.search;

import org.apache.lucene.analysis.CharArraySet;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.pikir.analysis.TextAnalyzers;

/**
 * Registers the analysis module's per-language analyzers with Hibernate Search, so the index and the
 * clustering agree on what a Kazakh or Russian word is. Referenced from application.properties.
 *
 * <p>{@code std} (every document's text, for exact words across languages) drops the function words of all portal
 * languages: otherwise "закон о налогах" would require an "о" in every hit, and the commonest words would be the
 * longest posting lists of the index.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String lang : SearchDocument.LANGS) {
            context.analyzer(lang).instance(TextAnalyzers.forLanguage(lang));
        }
        context.analyzer("std").instance(TextAnalyzers.anyLanguage());
    }

    static CharArraySet allStopwords() {
        return TextAnalyzers.allStopwords();
    }
}
