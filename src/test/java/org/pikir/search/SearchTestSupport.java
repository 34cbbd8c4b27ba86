package org.pikir.search;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** For tests of other packages: wait for the index to catch up with events, or put a document in directly. */
@Component
public class SearchTestSupport {

    private final PublicContentListener listener;
    private final SearchIndexWriter writer;

    SearchTestSupport(PublicContentListener listener, SearchIndexWriter writer) {
        this.listener = listener;
        this.writer = writer;
    }

    /** Waits until every index update queued so far (events of committed transactions) has been applied. */
    public void awaitIndexing() {
        try {
            if (!listener.awaitIdle(Duration.ofSeconds(90))) {
                throw new AssertionError("search index updates did not finish within 90 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Stores one document as if a module had published it (lang null: detected). */
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
        writer.upsert(new IndexedContent(kind, refId, null, country, lang, title, context, body, url, publishedAt));
    }
}
