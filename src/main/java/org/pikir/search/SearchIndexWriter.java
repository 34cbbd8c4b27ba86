package org.pikir.search;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.pikir.analysis.LanguageDetector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only writer of {@code search_document}. Single updates go through JPA, so Hibernate Search updates the index
 * on commit; a rebuild writes rows by JDBC and mass-indexes afterwards. One lock serialises both, so an update that
 * arrives during a rebuild waits and is applied on top of it.
 */
@Component
class SearchIndexWriter {

    /** Languages with their own analysed field; anything else is searched through text_std only. */
    private static final java.util.Set<String> ANALYSED = java.util.Set.of(SearchDocument.LANGS);

    private final SearchDocumentRepository documents;
    private final LanguageDetector languages;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final ReentrantLock lock = new ReentrantLock();

    SearchIndexWriter(
            SearchDocumentRepository documents, LanguageDetector languages, TransactionTemplate tx, JdbcTemplate jdbc) {
        this.documents = documents;
        this.languages = languages;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    /** Runs an action holding the writer lock (rebuild, or one update). */
    <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Adds or replaces one document. */
    void upsert(IndexedContent c) {
        locked(() -> tx.execute(s -> {
            store(c, documents.findByKindAndRefId(c.kind().code(), c.refId()).orElse(null));
            return null;
        }));
    }

    /** Removes one document if it exists. */
    void remove(SearchKind kind, String refId) {
        locked(() -> tx.execute(s -> {
            documents.findByKindAndRefId(kind.code(), refId).ifPresent(documents::delete);
            return null;
        }));
    }

    /** Makes the group hold exactly these documents (a new draft version drops articles that were removed). */
    void replaceGroup(String groupRef, List<IndexedContent> wanted) {
        locked(() -> tx.execute(s -> {
            Map<String, SearchDocument> existing = new HashMap<>();
            for (SearchDocument d : documents.findByGroupRef(groupRef)) {
                existing.put(d.getKind() + "/" + d.getRefId(), d);
            }
            for (IndexedContent c : wanted) {
                SearchDocument d = existing.remove(c.kind().code() + "/" + c.refId());
                store(
                        c,
                        d != null
                                ? d
                                : documents
                                        .findByKindAndRefId(c.kind().code(), c.refId())
                                        .orElse(null));
            }
            documents.deleteAll(existing.values());
            return null;
        }));
    }

    /** Empties the table (rebuild only; the caller holds the lock and mass-indexes afterwards). */
    void deleteAllRows() {
        jdbc.update("delete from search_document");
    }

    /** Inserts rows without touching the index (rebuild only, inside the caller's transaction). */
    void insertRows(List<IndexedContent> batch) {
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (IndexedContent c : batch) {
            rows.add(new Object[] {
                c.kind().code(),
                c.refId(),
                c.groupRef(),
                c.country(),
                language(c),
                c.title(),
                c.context(),
                c.body(),
                c.url(),
                Timestamp.from(c.publishedAt())
            });
        }
        jdbc.batchUpdate("""
                insert into search_document (kind, ref_id, group_ref, country, lang, title, context, body, url, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    private void store(IndexedContent c, SearchDocument existing) {
        SearchDocument d =
                existing != null ? existing : new SearchDocument(c.kind().code(), c.refId());
        d.update(c.groupRef(), c.country(), language(c), c.title(), c.context(), c.body(), c.url(), c.publishedAt());
        documents.save(d);
    }

    /** The given language if it has an analysed field, else the detected one ("und" when unsure). */
    private String language(IndexedContent c) {
        if (c.lang() != null && ANALYSED.contains(c.lang())) {
            return c.lang();
        }
        String text = c.kind().titleSearchable() && c.title() != null ? c.title() + " " + c.body() : c.body();
        String detected = languages.detect(text).lang();
        return detected == null || detected.length() > 3 ? "und" : detected;
    }
}
