package org.pikir.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.pikir.analysis.TextAnalyzers;

/**
 * Text analysed by our own analyzers in the application, for an index (OpenSearch) that cannot run them.
 *
 * <p>Why this gives the same matches as the Lucene backend: a document's field holds the terms our analyzer
 * produced, separated by spaces, and OpenSearch's {@code whitespace} tokenizer splits them back into exactly those
 * terms, in the same order; a position left empty by a removed function word is kept as a {@link #GAP} term, so
 * phrases line up as in Lucene. Queries are parsed here with Lucene's simple query parser and the same per-field
 * analyzers the Lucene backend uses ({@link PreAnalysedSearch}), then sent as term and phrase predicates on those
 * terms. Snippets are made here too, by Lucene's highlighter over the stored original text ({@link #RAW_FIELD}) with
 * the field's analyzer. What differs: relevance scores (OpenSearch computes statistics per shard) and a phrase with
 * a function word inside matches only where the text had some function word there (Lucene: any word).
 *
 * <p>Rejected alternatives: re-creating the analyzers as OpenSearch analysis settings (no Kazakh stemmer there, and
 * two implementations of one analysis drift apart); an OpenSearch plugin with our analyzers (every cluster, managed
 * ones included, would need it installed, and OpenSearch 3 is built on another Lucene major than our backend).
 */
final class PreAnalysedText {

    /** The OpenSearch analyzer of the pre-analysed fields: split at spaces, nothing else. */
    static final String WHITESPACE = "pre_analysed";
    /** Stored original text (title and body as searched), for snippets. */
    static final String RAW_FIELD = "text_raw";
    /** Stands for a position our analyzer left empty (a removed function word); never a term of user text. */
    static final String GAP = "\uE002";

    private static final Map<String, Analyzer> BY_FIELD = byField();

    private PreAnalysedText() {}

    /** The analyzer of an index field ({@code text_kk} … {@code text_std}), as the Lucene backend has it. */
    static Analyzer analyzer(String field) {
        Analyzer a = BY_FIELD.get(field);
        if (a == null) {
            throw new IllegalArgumentException("no analyzer for field " + field);
        }
        return a;
    }

    static Map<String, Analyzer> analyzers() {
        return BY_FIELD;
    }

    /** The terms of the text as the field's analyzer produces them, space-separated, gaps kept. */
    static String terms(String field, String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        try (TokenStream ts = analyzer(field).tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!out.isEmpty()) {
                    for (int gap = 1; gap < increment.getPositionIncrement(); gap++) {
                        out.append(GAP).append(' ');
                    }
                }
                out.append(term).append(' ');
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().strip();
    }

    private static Map<String, Analyzer> byField() {
        Map<String, Analyzer> m = new HashMap<>();
        for (String lang : SearchDocument.LANGS) {
            m.put("text_" + lang, TextAnalyzers.forLanguage(lang));
        }
        m.put("text_std", TextAnalyzers.anyLanguage());
        return Map.copyOf(m);
    }

    /** Indexes a text field's value as the terms of its analyzer ({@code analyzer}: kk … tk, std). */
    static final class Bridge implements ValueBridge<String, String> {

        private final String field;

        Bridge(String analyzer) {
            this.field = "text_" + analyzer;
        }

        @Override
        public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
            String terms = terms(field, value);
            return terms == null || terms.isEmpty() ? null : terms;
        }

        @Override
        public boolean isCompatibleWith(ValueBridge<?, ?> other) {
            return other instanceof Bridge b && b.field.equals(field);
        }
    }

    /** The OpenSearch side: one analyzer that only splits at whitespace (no lower-casing: terms already are). */
    static final class AnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.analyzer(WHITESPACE).custom().tokenizer("whitespace");
        }
    }
}
