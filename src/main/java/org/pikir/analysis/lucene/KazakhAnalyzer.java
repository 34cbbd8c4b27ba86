package org.pikir.analysis.lucene;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Kazakh: standard tokenisation, normalisation (look-alike letters, case), stopwords, light suffix stemming.
 * The stopword list also holds the Russian function words that code-switched Kazakh comments are full of.
 */
public final class KazakhAnalyzer extends StopwordAnalyzerBase {

    public KazakhAnalyzer() {
        super(Stopwords.KAZAKH);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new NormalizingFilter(source);
        result = new StopFilter(result, stopwords);
        result = new KazakhStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new NormalizingFilter(in);
    }

    /** Stopwords in use (for tests and documentation). */
    public static CharArraySet defaultStopwords() {
        return Stopwords.KAZAKH;
    }
}
