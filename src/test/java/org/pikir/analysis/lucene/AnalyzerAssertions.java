package org.pikir.analysis.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A small stand-in for Lucene's BaseTokenStreamTestCase#assertAnalyzesTo (test-framework is not on the path). */
final class AnalyzerAssertions {

    private AnalyzerAssertions() {}

    static void assertAnalyzesTo(Analyzer analyzer, String input, String... expected) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", input)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int lastStart = -1;
            while (ts.incrementToken()) {
                terms.add(term.toString());
                assertTrue(offset.startOffset() >= lastStart, "offsets go forward");
                assertTrue(offset.endOffset() <= input.length(), "offset inside input");
                lastStart = offset.startOffset();
            }
            assertFalse(ts.incrementToken(), "exhausted stream stays exhausted");
            ts.end();
        }
        assertEquals(List.of(expected), terms);
        // A second pass must give the same result: analyzers are reused per thread.
        List<String> again = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", input)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                again.add(term.toString());
            }
            ts.end();
        }
        assertEquals(terms, again);
    }
}
