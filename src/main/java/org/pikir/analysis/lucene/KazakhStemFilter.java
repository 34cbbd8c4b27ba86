package org.pikir.analysis.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Token filter around {@link KazakhStemmer}; tokens marked as keywords are left alone. */
public final class KazakhStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public KazakhStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String stemmed = KazakhStemmer.stem(term.toString());
            if (stemmed.length() != term.length()) {
                term.setEmpty().append(stemmed);
            }
        }
        return true;
    }
}
