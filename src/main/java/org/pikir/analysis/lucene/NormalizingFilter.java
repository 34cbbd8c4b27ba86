package org.pikir.analysis.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.pikir.analysis.engine.TextNormalizer;

/**
 * Applies {@link TextNormalizer#normalizeLower} to each token, so "қазақ", "каЗаҚ" typed with a Latin a, and
 * Uzbek "o‘zbek"/"oʻzbek"/"o'zbek" all index and search as the same term.
 */
public final class NormalizingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public NormalizingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String normalized = TextNormalizer.normalizeLower(term.toString());
        if (!normalized.contentEquals(term)) {
            term.setEmpty().append(normalized);
        }
        return true;
    }
}
