package org.pikir.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which index this node writes and searches. Without {@code PIKIR_SEARCH_URL} (property {@code pikir.search.url}):
 * the local Lucene index under the data directory, updated by this node only. With it: an OpenSearch (or
 * Elasticsearch) cluster shared by every node, updated through the outbox table in PostgreSQL (see
 * {@link SearchBackendConfig}).
 */
@Component
class SearchBackend {

    private final String url;
    private final String indexPrefix;

    SearchBackend(
            @Value("${pikir.search.url:}") String url, @Value("${pikir.search.index-prefix:}") String indexPrefix) {
        this.url = url == null ? "" : url.strip();
        this.indexPrefix = indexPrefix == null ? "" : indexPrefix.strip();
    }

    /** Whether the index is a remote OpenSearch cluster (text pre-analysed here, outbox-polling coordination). */
    public boolean openSearch() {
        return !url.isEmpty();
    }

    /**
     * Put before the OpenSearch index and alias names ({@code PIKIR_SEARCH_INDEX_PREFIX}), so several portals (or test
     * databases) can share one cluster; empty by default.
     */
    public String indexPrefix() {
        return indexPrefix;
    }

    /** The cluster's address(es), comma-separated; empty for the local index. */
    public String url() {
        return url;
    }
}
