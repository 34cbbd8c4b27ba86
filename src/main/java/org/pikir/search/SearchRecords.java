package org.pikir.search;

import java.time.Instant;
import java.util.List;

/** Values of the search API. */
public final class SearchRecords {

    private SearchRecords() {}

    /**
     * Content another module makes public (a published draft, an article, a visible comment, a petition, a
     * published appeal answer).
     *
     * @param lang language code, or null to let the analysis module detect it
     */
    public record PublicContent(String kind, String refId, String country, String lang, String title, String body,
            String url, Instant publishedAt) {}

    /** A query; null filters mean "any". */
    public record SearchQuery(String text, String country, String kind, String lang, Instant from, Instant to,
            int page, int pageSize) {

        public SearchQuery {
            page = Math.max(0, page);
            pageSize = Math.max(1, Math.min(100, pageSize));
        }

        public static SearchQuery of(String text) {
            return new SearchQuery(text, null, null, null, null, null, 0, 20);
        }
    }

    /** One hit with highlighted fragments (matched words between {@code <em>} and {@code </em>}). */
    public record SearchHit(String kind, String refId, String country, String lang, String title, String url,
            Instant publishedAt, List<String> snippets) {}

    public record SearchPage(long total, List<SearchHit> hits, long tookMillis) {}
}
