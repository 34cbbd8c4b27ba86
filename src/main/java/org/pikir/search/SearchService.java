package org.pikir.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.pikir.search.SearchRecords.RebuildStatus;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.SearchPage;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.search.SearchRecords.Snippet;
import org.pikir.search.SearchRecords.SnippetPart;
import org.pikir.search.SearchRecords.Subscription;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Full-text search over public content (draft laws and their articles, comments, petitions, published appeal
 * answers) in all portal languages, with highlighted snippets and filters. The index only ever holds public
 * content, so searching needs no caller check; rebuilding it is for administrators (and the {@code reindex}
 * command, which runs as the system).
 */
@Service
public class SearchService {

    static final String[] FIELDS = {
        "text_kk", "text_ru", "text_en", "text_uz", "text_ky", "text_tg", "text_tk", "text_std"
    };
    /** Hits are counted exactly up to here; above it the total is a lower bound. */
    static final int EXACT_COUNT_UP_TO = 1000;
    // Start/end of a match in highlighter output: private-use characters that user text never contains (stripped
    // at indexing), so a literal "<em>" typed by a citizen stays text.
    static final String START = "\uE000";
    static final String END = "\uE001";
    private static final int FIXED_PROJECTIONS = 9;

    private final EntityManagerFactory emf;
    private final SearchIndexRebuilder rebuilder;
    private final SearchBackend backend;

    SearchService(EntityManagerFactory emf, SearchIndexRebuilder rebuilder, SearchBackend backend) {
        this.emf = emf;
        this.rebuilder = rebuilder;
        this.backend = backend;
    }

    /**
     * Searches public content; every word must match (stemmed in the content's language, or exactly in any). Reads
     * the index only (every shown value is stored there), so it runs without a transaction or a database connection.
     */
    public SearchPage search(SearchQuery q) {
        long start = System.nanoTime();
        String text = QueryText.withoutFunctionWords(validate(q));
        if (text.isEmpty()) {
            return new SearchPage(0, true, List.of(), q.page(), q.pageSize(), 0);
        }
        if (backend.openSearch()) {
            return searchPreAnalysed(q, text, start);
        }
        List<String> highlighted = highlightFields(q.lang());
        SearchResult<List<?>> result;
        try (EntityManager session = emf.createEntityManager()) {
            result = Search.session(session)
                    .search(SearchDocument.class)
                    .select(f -> f.composite().from(projections(f, highlighted)).asList())
                    .where(f -> predicate(f, q, text))
                    .highlighter(h ->
                            h.plain().fragmentSize(160).numberOfFragments(2).tag(START, END))
                    .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                    .fetch(q.page() * q.pageSize(), q.pageSize());
        }
        List<SearchHit> hits = new ArrayList<>(result.hits().size());
        for (List<?> row : result.hits()) {
            hits.add(hit(row));
        }
        return new SearchPage(
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact(),
                hits,
                q.page(),
                q.pageSize(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The same search on OpenSearch, whose fields hold terms analysed here ({@link PreAnalysedText}): the query is
     * parsed and analysed here, snippets are highlighted here from the stored text.
     */
    private SearchPage searchPreAnalysed(SearchQuery q, String text, long start) {
        org.apache.lucene.search.Query parsed = PreAnalysedSearch.parse(text);
        SearchResult<List<?>> result;
        try (EntityManager session = emf.createEntityManager()) {
            result = Search.session(session)
                    .search(SearchDocument.class)
                    .select(f -> f.composite()
                            .from(projections(f, List.of(), PreAnalysedText.RAW_FIELD))
                            .asList())
                    .where(f -> filtered(f, q, PreAnalysedSearch.predicate(f, parsed)))
                    .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                    .fetch(q.page() * q.pageSize(), q.pageSize());
        }
        List<SearchHit> hits = new ArrayList<>(result.hits().size());
        for (List<?> row : result.hits()) {
            List<String> fragments = PreAnalysedSearch.fragments(
                    parsed, (String) row.get(3), (String) row.get(FIXED_PROJECTIONS), START, END);
            hits.add(hit(row, fragments));
        }
        return new SearchPage(
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact(),
                hits,
                q.page(),
                q.pageSize(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Every word must match in some text field; filters do not take part in scoring. */
    static PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery q, String text) {
        return filtered(
                f,
                q,
                f.simpleQueryString()
                        .fields(FIELDS)
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND)
                        // No prefix or fuzzy operators: "a*" over a million documents is not a 50 ms query.
                        .flags(
                                SimpleQueryFlag.AND,
                                SimpleQueryFlag.OR,
                                SimpleQueryFlag.NOT,
                                SimpleQueryFlag.PHRASE,
                                SimpleQueryFlag.PRECEDENCE,
                                SimpleQueryFlag.WHITESPACE,
                                SimpleQueryFlag.ESCAPE));
    }

    /** The text predicate, restricted by the query's filters (which do not take part in scoring). */
    static PredicateFinalStep filtered(SearchPredicateFactory f, SearchQuery q, PredicateFinalStep text) {
        return f.bool().with(b -> {
            b.must(text);
            if (q.country() != null) {
                b.filter(f.match().field("country").matching(q.country()));
            }
            if (q.kind() != null) {
                b.filter(f.match().field("kind").matching(q.kind().code()));
            }
            if (q.lang() != null) {
                b.filter(f.match().field("lang").matching(q.lang()));
            }
            if (q.from() != null || q.to() != null) {
                b.filter(f.range()
                        .field("publishedAt")
                        .between(q.from(), RangeBoundInclusion.INCLUDED, q.to(), RangeBoundInclusion.EXCLUDED));
            }
        });
    }

    /** Starts rebuilding the index from the database in the background (administrators); returns its status. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public RebuildStatus startRebuild() {
        return rebuilder.start();
    }

    /** Where the latest rebuild stands (administrators). */
    @PreAuthorize(Roles.HAS_ADMIN)
    public RebuildStatus rebuildStatus() {
        return rebuilder.status();
    }

    /** Reports every rebuild status change to the listener, from a background thread, until cancelled. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public Subscription onRebuildProgress(Consumer<RebuildStatus> listener) {
        return rebuilder.subscribe(listener);
    }

    /** Rebuilds the index from the database now, in the caller's thread; returns the number of documents. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public long rebuildIndex() {
        return rebuilder.rebuildNow();
    }

    static String validate(SearchQuery q) {
        FieldErrors errors = new FieldErrors();
        String text = q.text() == null ? "" : q.text().strip();
        if (text.isEmpty()) {
            errors.add("text", "search.error.empty");
        } else if (text.length() > SearchRecords.MAX_QUERY_LENGTH) {
            errors.add("text", "search.error.tooLong", SearchRecords.MAX_QUERY_LENGTH);
        } else if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            errors.add("text", "search.error.noWords");
        }
        if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
            errors.add("to", "search.error.dateOrder");
        }
        errors.throwIfAny();
        return text.replace(START, " ").replace(END, " ").replace(PreAnalysedText.GAP, " ");
    }

    /** Only the field of the filtered language (plus text_std) can match then; highlighting others is wasted work. */
    static List<String> highlightFields(String lang) {
        if (lang != null && List.of(SearchDocument.LANGS).contains(lang)) {
            return List.of("text_" + lang, "text_std");
        }
        return List.of(FIELDS);
    }

    /** The shown values, then a highlight projection per field, then the given stored fields. */
    static SearchProjection<?>[] projections(
            SearchProjectionFactory<?, ?> f, List<String> highlighted, String... stored) {
        List<SearchProjection<?>> p = new ArrayList<>();
        p.add(f.field("kind", String.class).toProjection());
        p.add(f.field("refId", String.class).toProjection());
        p.add(f.field("country", String.class).toProjection());
        p.add(f.field("lang", String.class).toProjection());
        p.add(f.field("title", String.class).toProjection());
        p.add(f.field("context", String.class).toProjection());
        p.add(f.field("url", String.class).toProjection());
        p.add(f.field("publishedAt", Instant.class).toProjection());
        p.add(f.field("preview", String.class).toProjection());
        for (String field : highlighted) {
            p.add(f.highlight(field).toProjection());
        }
        for (String field : stored) {
            p.add(f.field(field, String.class).toProjection());
        }
        return p.toArray(SearchProjection<?>[]::new);
    }

    private static SearchHit hit(List<?> row) {
        List<String> fragments = List.of();
        // Fields come in order kk … tk, std: the content's own language (stemmed matches) wins over exact words.
        for (int i = FIXED_PROJECTIONS; i < row.size() && fragments.isEmpty(); i++) {
            @SuppressWarnings("unchecked")
            List<String> h = (List<String>) row.get(i);
            fragments = h;
        }
        return hit(row, fragments);
    }

    private static SearchHit hit(List<?> row, List<String> fragments) {
        List<Snippet> snippets = new ArrayList<>();
        for (String fragment : fragments) {
            snippets.add(snippet(fragment));
        }
        if (snippets.isEmpty() && row.get(8) != null) {
            snippets.add(new Snippet(List.of(new SnippetPart((String) row.get(8), false))));
        }
        return new SearchHit(
                SearchKind.ofCode((String) row.get(0)).orElseThrow(),
                (String) row.get(1),
                (String) row.get(2),
                (String) row.get(3),
                (String) row.get(4),
                (String) row.get(5),
                (String) row.get(6),
                (Instant) row.get(7),
                snippets);
    }

    /** Splits highlighter output at the match markers into plain and matched parts. */
    static Snippet snippet(String fragment) {
        List<SnippetPart> parts = new ArrayList<>();
        int pos = 0;
        while (pos < fragment.length()) {
            int open = fragment.indexOf(START, pos);
            if (open < 0) {
                parts.add(new SnippetPart(fragment.substring(pos), false));
                break;
            }
            if (open > pos) {
                parts.add(new SnippetPart(fragment.substring(pos, open), false));
            }
            int close = fragment.indexOf(END, open + 1);
            if (close < 0) {
                parts.add(new SnippetPart(fragment.substring(open + 1), true));
                break;
            }
            parts.add(new SnippetPart(fragment.substring(open + 1, close), true));
            pos = close + 1;
        }
        return new Snippet(merge(parts));
    }

    /** Adjacent matched words ("<em>a</em> <em>b</em>" stays two parts; "<em>a</em><em>b</em>" becomes one). */
    private static List<SnippetPart> merge(List<SnippetPart> parts) {
        List<SnippetPart> merged = new ArrayList<>();
        for (SnippetPart p : parts) {
            if (p.text().isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && merged.getLast().match() == p.match()) {
                SnippetPart last = merged.removeLast();
                merged.add(new SnippetPart(last.text() + p.text(), p.match()));
            } else {
                merged.add(p);
            }
        }
        return List.copyOf(merged);
    }
}
