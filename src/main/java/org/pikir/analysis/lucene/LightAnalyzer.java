package org.pikir.analysis.lucene;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Tokenisation + normalisation + lower case + stopwords, for Uzbek, Kyrgyz, Tajik and Turkmen, where no
 * tested stemmer exists; an unstemmed index still finds exact word forms, and a wrong stemmer would merge
 * unrelated words. Also the fallback for undetermined text (with an empty stopword set).
 */
public final class LightAnalyzer extends StopwordAnalyzerBase {

    public LightAnalyzer(CharArraySet stopwords) {
        super(stopwords);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new NormalizingFilter(source);
        result = new StopFilter(result, stopwords);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new NormalizingFilter(in);
    }
}
