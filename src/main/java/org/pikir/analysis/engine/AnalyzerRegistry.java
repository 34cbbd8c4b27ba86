package org.pikir.analysis.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.pikir.analysis.lucene.KazakhAnalyzer;
import org.pikir.analysis.lucene.LightAnalyzer;
import org.pikir.analysis.lucene.Stopwords;

/**
 * One Lucene analyzer per portal language, shared by clustering and search. Analyzers are thread-safe
 * (Lucene reuses per-thread components), so one registry serves the whole application.
 */
public final class AnalyzerRegistry implements AutoCloseable {

    private final Map<String, Analyzer> byLanguage;
    private final Analyzer fallback = new LightAnalyzer(CharArraySet.EMPTY_SET);

    public AnalyzerRegistry() {
        this.byLanguage = Map.of(
                "en", new EnglishAnalyzer(),
                "ru", new RussianAnalyzer(),
                "kk", new KazakhAnalyzer(),
                "uz", new LightAnalyzer(Stopwords.UZBEK),
                "ky", new LightAnalyzer(Stopwords.KYRGYZ),
                "tg", new LightAnalyzer(Stopwords.TAJIK),
                "tk", new LightAnalyzer(Stopwords.TURKMEN));
    }

    /** The analyzer for a language code; unknown codes and {@code und} get tokenisation + normalisation only. */
    public Analyzer forLanguage(String lang) {
        return byLanguage.getOrDefault(lang, fallback);
    }

    /** The terms {@code text} yields under the analyzer for {@code lang}. */
    public List<String> terms(String lang, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = forLanguage(lang).tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on an in-memory string
        }
        return out;
    }

    /** An analyzed term with the words of the original text it came from. */
    public record Token(String term, String surface) {}

    /** Terms with their surface forms (via offsets), e.g. for readable labels of stemmed terms. */
    public List<Token> tokens(String lang, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = forLanguage(lang).tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int from = Math.max(0, Math.min(offset.startOffset(), text.length()));
                int to = Math.max(from, Math.min(offset.endOffset(), text.length()));
                out.add(new Token(term.toString(), text.substring(from, to)));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() {
        byLanguage.values().forEach(Analyzer::close);
        fallback.close();
    }
}
