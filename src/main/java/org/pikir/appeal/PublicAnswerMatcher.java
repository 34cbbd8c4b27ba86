package org.pikir.appeal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.pikir.analysis.TextAnalyzers;

/**
 * Ranks published answers against what a citizen is writing, in any of kk, ru and en. Both sides go through the
 * engine's analyzer of each of the three languages ({@link TextAnalyzers}), so a word stems the same way on both
 * sides whatever language the rest of the text is in; terms are weighted by their rarity among the candidates
 * (idf), and a candidate scores by how much of its question (and, less, of its answer) the citizen's text
 * contains.
 */
final class PublicAnswerMatcher {

    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    /**
     * Below this score (the weighted share of the published question's terms found in what the citizen wrote, plus
     * a quarter of that share for the answer's other terms), or with fewer shared words, an answer is not offered.
     */
    static final double MIN_SCORE = 0.25;

    static final double ANSWER_WEIGHT = 0.25;

    private static final CharArraySet STOPWORDS = TextAnalyzers.allStopwords();

    static final int MIN_SHARED = 2;

    /** The share of a search query's words a candidate must contain to be found. */
    static final double MIN_SEARCH_SHARE = 0.6;

    /** The analysed terms of one candidate. */
    record Candidate<T>(T item, Set<String> question, Set<String> answer) {}

    record Scored<T>(T item, double score) {}

    private PublicAnswerMatcher() {}

    /** The terms of a text under each language's analysis, prefixed by the language so they never mix. */
    static Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        for (String language : LANGUAGES) {
            Analyzer analyzer = TextAnalyzers.forLanguage(language);
            try (TokenStream stream = analyzer.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    // Another language's analyzer keeps a function word its own analyzer drops: drop it too.
                    if (term.length() > 1 && !STOPWORDS.contains(term.buffer(), 0, term.length())) {
                        terms.add(language + ':' + term);
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return terms;
    }

    /** The best {@code limit} candidates for the query text, best first; only those above the thresholds. */
    static <T> List<Scored<T>> rank(String query, List<Candidate<T>> candidates, int limit, int minShared) {
        Set<String> q = terms(query);
        if (q.isEmpty() || candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> df = new HashMap<>();
        for (Candidate<T> c : candidates) {
            Set<String> all = new HashSet<>(c.question());
            all.addAll(c.answer());
            all.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = candidates.size();
        List<Scored<T>> scored = new ArrayList<>();
        for (Candidate<T> c : candidates) {
            Set<String> shared = new HashSet<>();
            double question = coverage(q, c.question(), df, n, shared);
            Set<String> answerOnly = new HashSet<>(c.answer());
            answerOnly.removeAll(c.question());
            double answer = coverage(q, answerOnly, df, n, shared);
            double score = question + ANSWER_WEIGHT * answer;
            if (shared.size() >= minShared && score >= MIN_SCORE) {
                scored.add(new Scored<>(c.item(), score));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored<T> s) -> s.score()).reversed());
        return scored.size() > limit ? List.copyOf(scored.subList(0, limit)) : List.copyOf(scored);
    }

    /**
     * The best {@code limit} candidates for a search box query, best first: a short query matches a candidate that
     * contains at least {@link #MIN_SEARCH_SHARE} of the query's words (under the best of the three languages'
     * analysis), wherever in its question or answer; ties go to the better coverage of the question.
     */
    static <T> List<Scored<T>> search(String query, List<Candidate<T>> candidates, int limit) {
        Set<String> q = terms(query);
        if (q.isEmpty() || candidates.isEmpty()) {
            return List.of();
        }
        List<Scored<T>> scored = new ArrayList<>();
        for (Candidate<T> c : candidates) {
            double best = 0;
            for (String language : LANGUAGES) {
                String prefix = language + ':';
                int asked = 0;
                int found = 0;
                for (String t : q) {
                    if (t.startsWith(prefix)) {
                        asked++;
                        if (c.question().contains(t) || c.answer().contains(t)) {
                            found++;
                        }
                    }
                }
                if (asked > 0) {
                    best = Math.max(best, (double) found / asked);
                }
            }
            if (best >= MIN_SEARCH_SHARE) {
                long inQuestion = q.stream().filter(c.question()::contains).count();
                scored.add(new Scored<>(c.item(), best + inQuestion / (100.0 * q.size())));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored<T> s) -> s.score()).reversed());
        return scored.size() > limit ? List.copyOf(scored.subList(0, limit)) : List.copyOf(scored);
    }

    /**
     * The idf-weighted share of a candidate's terms that the query contains: a long appeal that contains the whole
     * published question scores high, however much else it says. Shared words (without language) go to
     * {@code shared}.
     */
    private static double coverage(
            Set<String> query, Set<String> doc, Map<String, Integer> df, int n, Set<String> shared) {
        double total = 0;
        double found = 0;
        for (String t : doc) {
            double w = Math.log(1 + (n + 1.0) / (df.getOrDefault(t, 0) + 0.5));
            total += w;
            if (query.contains(t)) {
                found += w;
                shared.add(t.substring(3));
            }
        }
        return total == 0 ? 0 : found / total;
    }
}
