package org.pikir.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.pikir.analysis.engine.AnalyzerRegistry;
import org.pikir.analysis.lucene.KazakhAnalyzer;
import org.pikir.analysis.lucene.LightAnalyzer;
import org.pikir.analysis.lucene.Stopwords;

/**
 * The engine's per-language Lucene analysis for other modules (the search index), so that the index and the
 * clustering agree on what a Kazakh or Russian word is. Plain Java: usable where Spring is not (Hibernate
 * Search instantiates its configurer itself).
 */
public final class TextAnalyzers {

    private static final AnalyzerRegistry ANALYZERS = new AnalyzerRegistry();

    private TextAnalyzers() {}

    /** The analyzer for a language code (kk, ru, en, uz, ky, tg, tk); a light one for anything else. */
    public static Analyzer forLanguage(String code) {
        return ANALYZERS.forLanguage(code);
    }

    /**
     * A language-neutral analyzer (lower-casing, normalisation, no stemming) that drops the function words of
     * every portal language: for a field holding text in any of them.
     */
    public static Analyzer anyLanguage() {
        return new LightAnalyzer(allStopwords());
    }

    /** The function words of all seven portal languages. */
    public static CharArraySet allStopwords() {
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
