package org.pikir.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.pikir.analysis.LanguageDetector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only writer of {@code search_document}. Single updates go through JPA, so Hibernate Search updates the index
 * on commit (or, with OpenSearch, its outbox on commit); a rebuild writes rows by JDBC and mass-indexes afterwards.
 * A PostgreSQL advisory lock orders the two on every node of a cluster: each update takes it shared for its
 * transaction, a rebuild exclusively for its whole run, so an update that arrives during a rebuild — on any node —
 * waits and is applied on top of it. The rebuild's lock belongs to a database transaction of its own: a node that
 * dies while rebuilding releases it.
 */
@Component
class SearchIndexWriter {

    /** Languages with their own analysed field; anything else is searched through text_std only. */
    private static final java.util.Set<String> ANALYSED = java.util.Set.of(SearchDocument.LANGS);
    /** The advisory lock key of the search index (one-key lock space; per-document locks use the two-key one). */
    static final long LOCK_KEY = 7_300_000_001L;

    private final SearchDocumentRepository documents;
    private final LanguageDetector languages;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    SearchIndexWriter(
            SearchDocumentRepository documents,
            LanguageDetector languages,
            TransactionTemplate tx,
            JdbcTemplate jdbc,
            DataSource dataSource) {
        this.documents = documents;
        this.languages = languages;
        this.tx = tx;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Runs an action holding the index lock exclusively (a rebuild), waiting for a running one (any node) first. */
    <T> T exclusively(Supplier<T> action) {
        return withLock(true, action).orElseThrow();
    }

    /** Runs an action holding the index lock exclusively, or returns empty at once if another holds it. */
    <T> Optional<T> tryExclusively(Supplier<T> action) {
        return withLock(false, action);
    }

    private <T> Optional<T> withLock(boolean wait, Supplier<T> action) {
        // Its own connection and transaction, held for the whole run: the rebuild's transactions and the mass indexer
        // use other connections. A transaction-level lock ends with that transaction, also when the connection goes
        // back to the pool (rolled back there) or the node dies.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!lock(c, wait)) {
                    return Optional.empty();
                }
                return Optional.of(action.get());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("search index lock", e);
        }
    }

    private static boolean lock(Connection c, boolean wait) throws SQLException {
        try (PreparedStatement lock =
                c.prepareStatement(wait ? "select pg_advisory_xact_lock(?)" : "select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return wait || (rs.next() && rs.getBoolean(1));
            }
        }
    }

    /** Takes the index lock shared until the current transaction ends (waits while a rebuild runs). */
    private void lockShared() {
        jdbc.query("select pg_advisory_xact_lock_shared(?)", rs -> null, LOCK_KEY);
    }

    /** Adds or replaces one document. */
    void upsert(IndexedContent c) {
        tx.executeWithoutResult(s -> {
            lockShared();
            store(c, documents.findByKindAndRefId(c.kind().code(), c.refId()).orElse(null));
        });
    }

    /** Removes one document if it exists. */
    void remove(SearchKind kind, String refId) {
        tx.executeWithoutResult(s -> {
            lockShared();
            documents.findByKindAndRefId(kind.code(), refId).ifPresent(documents::delete);
        });
    }

    /** Makes the group hold exactly these documents (a new draft version drops articles that were removed). */
    void replaceGroup(String groupRef, List<IndexedContent> wanted) {
        tx.executeWithoutResult(s -> {
            lockShared();
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
        });
    }

    /** Empties the table (rebuild only; the caller holds the lock exclusively and mass-indexes afterwards). */
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
