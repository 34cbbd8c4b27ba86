package org.pikir.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.pikir.analysis.AnalysisService;
import org.pikir.search.SearchRecords.PublicContent;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.SearchPage;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over public content in all portal languages, with highlighted snippets and filters.
 * The index is derived: {@link #reindex} rebuilds it from {@code search_document} (admin action and the
 * {@code reindex} command).
 */
@Service
public class SearchService {

    private static final String[] FIELDS = {"text_kk", "text_ru", "text_en", "text_uz", "text_ky", "text_tg", "text_tk",
        "text_std"};

    private final SearchDocumentRepository documents;
    private final EntityManager em;
    private final AnalysisService analysis;
    private final Clock clock;

    SearchService(SearchDocumentRepository documents, EntityManager em, AnalysisService analysis, Clock clock) {
        this.documents = documents;
        this.em = em;
        this.analysis = analysis;
        this.clock = clock;
    }

    /** Adds or updates public content in the index (called by the modules that publish it). */
    @Transactional
    public void index(PublicContent c) {
        SearchDocument d = documents.findByKindAndRefId(c.kind(), c.refId()).orElseGet(() -> new SearchDocument(c.kind(), c.refId()));
        String lang = c.lang() != null ? c.lang() : analysis.detect((c.title() == null ? "" : c.title() + " ") + c.body()).lang();
        d.update(c.country(), lang, c.title(), c.body(), c.url(), c.publishedAt() != null ? c.publishedAt() : clock.instant());
        documents.save(d);
    }

    /** Removes content that is no longer public (hidden, withdrawn). */
    @Transactional
    public void remove(String kind, String refId) {
        documents.findByKindAndRefId(kind, refId).ifPresent(documents::delete);
    }

    /** Searches; every word must match in some language field (exact words in any language via text_std). */
    @Transactional(readOnly = true)
    public SearchPage search(SearchQuery q) {
        long start = System.nanoTime();
        if (q.text() == null || q.text().isBlank()) {
            return new SearchPage(0, List.of(), 0);
        }
        SearchSession session = Search.session(em);
        SearchResult<List<?>> result = session.search(SearchDocument.class)
                .select(f -> f.composite(
                        f.entity(),
                        f.highlight(FIELDS[0]), f.highlight(FIELDS[1]), f.highlight(FIELDS[2]), f.highlight(FIELDS[3]),
                        f.highlight(FIELDS[4]), f.highlight(FIELDS[5]), f.highlight(FIELDS[6]), f.highlight(FIELDS[7])))
                .where((f, root) -> {
                    root.add(f.simpleQueryString().fields(FIELDS).matching(q.text()).defaultOperator(BooleanOperator.AND));
                    if (q.country() != null) {
                        root.add(f.match().field("country").matching(q.country()));
                    }
                    if (q.kind() != null) {
                        root.add(f.match().field("kind").matching(q.kind()));
                    }
                    if (q.lang() != null) {
                        root.add(f.match().field("lang").matching(q.lang()));
                    }
                    if (q.from() != null || q.to() != null) {
                        root.add(f.range().field("publishedAt").between(q.from(), q.to()));
                    }
                })
                .highlighter(h -> h.plain().fragmentSize(160).numberOfFragments(2).tag("<em>", "</em>"))
                .fetch(q.page() * q.pageSize(), q.pageSize());
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            SearchDocument d = (SearchDocument) row.get(0);
            List<String> snippets = new ArrayList<>();
            for (int i = 1; i < row.size() && snippets.isEmpty(); i++) {
                @SuppressWarnings("unchecked")
                List<String> h = (List<String>) row.get(i);
                snippets.addAll(h);
            }
            hits.add(new SearchHit(d.getKind(), d.getRefId(), d.getCountry(), d.getLang(), d.getTitle(), d.getUrl(),
                    d.getPublishedAt(), snippets));
        }
        return new SearchPage(result.total().hitCount(), hits, (System.nanoTime() - start) / 1_000_000);
    }

    /** Rebuilds the whole index from the database (administrators). Returns the number of documents. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public long reindex() throws InterruptedException {
        return rebuildIndex();
    }

    /** Rebuild without a caller check, for the {@code reindex} command (no user on the command line). */
    public long rebuildIndex() throws InterruptedException {
        Search.mapping(em.getEntityManagerFactory()).scope(SearchDocument.class).massIndexer()
                .threadsToLoadObjects(2).startAndWait();
        return documents.count();
    }
}
