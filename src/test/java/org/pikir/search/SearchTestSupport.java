package org.pikir.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For tests of other packages: wait for the index to catch up with events, or put a document in directly. With
 * OpenSearch "caught up" includes the outbox: every committed change applied to the index and the index refreshed.
 */
@Component
public class SearchTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final PublicContentListener listener;
    private final SearchIndexWriter writer;
    private final SearchBackend backend;
    private final JdbcTemplate jdbc;
    private final EntityManagerFactory emf;

    SearchTestSupport(
            PublicContentListener listener,
            SearchIndexWriter writer,
            SearchBackend backend,
            JdbcTemplate jdbc,
            EntityManagerFactory emf) {
        this.listener = listener;
        this.writer = writer;
        this.backend = backend;
        this.jdbc = jdbc;
        this.emf = emf;
    }

    /** Waits until every index update queued so far (events of committed transactions) has been applied. */
    public void awaitIndexing() {
        try {
            if (!listener.awaitIdle(TIMEOUT)) {
                throw new AssertionError("search index updates did not finish within 90 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        awaitOutbox();
    }

    /**
     * With OpenSearch: waits until the outbox holds no pending event (each one is deleted once its document is
     * indexed, by whichever node processed it), then refreshes the index so searches see the documents.
     */
    public void awaitOutbox() {
        if (!backend.openSearch()) {
            return;
        }
        long end = System.nanoTime() + TIMEOUT.toNanos();
        while (pendingOutboxEvents() > 0) {
            if (System.nanoTime() > end) {
                throw new AssertionError("outbox not processed within 90 s: " + pendingOutboxEvents() + " pending");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        Search.mapping(emf).scope(SearchDocument.class).workspace().refresh();
    }

    /** Outbox events not yet applied to the index (0 with the local Lucene index). */
    public long pendingOutboxEvents() {
        return jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'", Long.class);
    }

    /** Stores one document as if a module had published it (lang null: detected), and waits until it is indexed. */
    public void put(
            SearchKind kind,
            String refId,
            String country,
            String lang,
            String title,
            String context,
            String body,
            String url,
            Instant publishedAt) {
        store(kind, refId, country, lang, title, context, body, url, publishedAt);
        awaitOutbox();
    }

    /** Stores one document (committed when this returns) without waiting for the index. */
    public void store(
            SearchKind kind,
            String refId,
            String country,
            String lang,
            String title,
            String context,
            String body,
            String url,
            Instant publishedAt) {
        writer.upsert(new IndexedContent(kind, refId, null, country, lang, title, context, body, url, publishedAt));
    }
}
