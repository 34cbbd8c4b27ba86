package org.pikir.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.pikir.analysis.AnalyzerRegistry;
import org.pikir.analysis.lucene.KazakhAnalyzer;
import org.pikir.analysis.lucene.LightAnalyzer;
import org.pikir.analysis.lucene.Stopwords;

/**
 * Registers the analysis module's per-language analyzers with Hibernate Search, so the index and the
 * clustering agree on what a Kazakh or Russian word is. Referenced from application.properties.
 *
 * <p>{@code std} (every document's text, for exact words across languages) drops the function words of all portal
 * languages: otherwise "закон о налогах" would require an "о" in every hit, and the commonest words would be the
 * longest posting lists of the index.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    private static final AnalyzerRegistry ANALYZERS = new AnalyzerRegistry();

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String lang : SearchDocument.LANGS) {
            context.analyzer(lang).instance(ANALYZERS.forLanguage(lang));
        }
        context.analyzer("std").instance(new LightAnalyzer(allStopwords()));
    }

    static CharArraySet allStopwords() {
        CharArraySet all = new CharArraySet(1024, true);
        for (CharArraySet set : new CharArraySet[] {
            RussianAnalyzer.getDefaultStopSet(),
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            KazakhAnalyzer.defaultStopwords(),
            Stopwords.UZBEK,
            Stopwords.KYRGYZ,
            Stopwords.TAJIK,
            Stopwords.TURKMEN
        }) {
            all.addAll(set);
        }
        return CharArraySet.unmodifiableSet(all);
    }
}
