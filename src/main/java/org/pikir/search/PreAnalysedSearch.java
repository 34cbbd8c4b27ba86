package org.pikir.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The query side of {@link PreAnalysedText}: the user's query is parsed here exactly as the Lucene backend parses it
 * (Lucene's simple query syntax, the same flags, each field's own analyzer, every word required), and the resulting
 * query tree is sent to OpenSearch as predicates on the already-analysed terms; snippets are highlighted here.
 */
final class PreAnalysedSearch {

    static final int FRAGMENT_SIZE = 160;
    static final int FRAGMENTS = 2;

    // The operators SearchService allows the Lucene backend: no prefix, fuzzy or near operators.
    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.ESCAPE_OPERATOR;

    private static final PerFieldAnalyzerWrapper ANALYZER =
            new PerFieldAnalyzerWrapper(PreAnalysedText.analyzer("text_std"), PreAnalysedText.analyzers());

    private PreAnalysedSearch() {}

    /** The query over every text field, with each field's analyzer (what the Lucene backend builds). */
    static Query parse(String text) {
        Map<String, Float> weights = new HashMap<>();
        for (String field : SearchService.FIELDS) {
            weights.put(field, 1f);
        }
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, weights, FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    /** The same query as Hibernate Search predicates on the pre-analysed fields (their analyzer only splits). */
    static PredicateFinalStep predicate(SearchPredicateFactory f, Query q) {
        return switch (q) {
            case BooleanQuery bq ->
                f.bool().with(b -> {
                    for (BooleanClause c : bq.clauses()) {
                        PredicateFinalStep clause = predicate(f, c.getQuery());
                        switch (c.getOccur()) {
                            case MUST -> b.must(clause);
                            case SHOULD -> b.should(clause);
                            case MUST_NOT -> b.mustNot(clause);
                            case FILTER -> b.filter(clause);
                        }
                    }
                    if (bq.getMinimumNumberShouldMatch() > 0) {
                        b.minimumShouldMatchNumber(bq.getMinimumNumberShouldMatch());
                    }
                });
            case TermQuery tq ->
                f.match().field(tq.getTerm().field()).matching(tq.getTerm().text());
            case PhraseQuery pq ->
                f.phrase().field(pq.getField()).matching(phraseTerms(pq)).slop(pq.getSlop());
            case SynonymQuery sq ->
                f.bool().with(b -> {
                    for (Term t : sq.getTerms()) {
                        b.should(f.match().field(t.field()).matching(t.text()));
                    }
                });
            case BoostQuery bq -> predicate(f, bq.getQuery());
            case MatchNoDocsQuery none -> f.matchNone();
            case MatchAllDocsQuery all -> f.matchAll();
            default -> throw new IllegalStateException("query type not supported here: " + q.getClass());
        };
    }

    /** The phrase's terms in order, a {@link PreAnalysedText#GAP} for each empty position between them. */
    static String phraseTerms(PhraseQuery pq) {
        Term[] terms = pq.getTerms();
        int[] positions = pq.getPositions();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                for (int gap = positions[i - 1] + 1; gap < positions[i]; gap++) {
                    out.append(' ').append(PreAnalysedText.GAP);
                }
                out.append(' ');
            }
            out.append(terms[i].text());
        }
        return out.toString();
    }

    /**
     * Passages of the text around the query's matches, marked with {@code start}/{@code end}: the field of the
     * content's language first (stemmed matches), else {@code text_std} (exact words), as the Lucene backend's
     * highlighter does; empty when nothing in the text matched (e.g. only excluded words).
     */
    static List<String> fragments(Query q, String lang, String text, String start, String end) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> fields = new ArrayList<>(2);
        if (lang != null && List.of(SearchDocument.LANGS).contains(lang)) {
            fields.add("text_" + lang);
        }
        fields.add("text_std");
        for (String field : fields) {
            QueryScorer scorer = new QueryScorer(q, field);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(start, end), scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_SIZE));
            try {
                String[] found = highlighter.getBestFragments(PreAnalysedText.analyzer(field), field, text, FRAGMENTS);
                if (found.length > 0) {
                    return List.of(found);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidTokenOffsetsException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }
}
