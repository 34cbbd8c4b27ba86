package org.pikir.search;

import java.time.Instant;
import java.util.List;

/** Values of the search API. */
public final class SearchRecords {

    /** Longest accepted query text. */
    public static final int MAX_QUERY_LENGTH = 200;
    /** Hits per page at most. */
    public static final int MAX_PAGE_SIZE = 50;
    /** Deepest page offered (relevance beyond the first thousand hits is noise; refine the query instead). */
    public static final int MAX_OFFSET = 1000;

    private SearchRecords() {}

    /** A query; null filters mean "any". {@code from} is inclusive, {@code to} exclusive; pages count from 0. */
    public record SearchQuery(
            String text,
            String country,
            SearchKind kind,
            String lang,
            Instant from,
            Instant to,
            int page,
            int pageSize) {

        public SearchQuery {
            pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
            page = Math.max(0, Math.min(page, MAX_OFFSET / pageSize));
        }

        public static SearchQuery of(String text) {
            return new SearchQuery(text, null, null, null, null, null, 0, 20);
        }
    }

    /** Part of a snippet: user text, emphasised where it matched the query. */
    public record SnippetPart(String text, boolean match) {}

    /** A passage of the content around the matched words. */
    public record Snippet(List<SnippetPart> parts) {

        /** The passage with matches between {@code <em>} and {@code </em>} (for logs and tests; never render it as HTML). */
        public String marked() {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append(p.match() ? "<em>" + p.text() + "</em>" : p.text()));
            return sb.toString();
        }
    }

    /**
     * One hit. {@code title} is the content's own title (null for comments); {@code context} what it is on (the
     * draft of a comment or article). {@code url} is a route of the portal, relative to its root.
     */
    public record SearchHit(
            SearchKind kind,
            String refId,
            String country,
            String lang,
            String title,
            String context,
            String url,
            Instant publishedAt,
            List<Snippet> snippets) {}

    /**
     * A page of hits. When {@code totalExact} is false, {@code total} is a lower bound ("more than …"): counting
     * every match of a common word in a million documents would cost more than the search itself.
     */
    public record SearchPage(
            long total, boolean totalExact, List<SearchHit> hits, int page, int pageSize, long tookMillis) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            long next = (long) (page + 1) * pageSize;
            return next < total && next <= MAX_OFFSET && hits.size() == pageSize;
        }
    }

    /** Where a rebuild of the index stands. {@code done}/{@code total}: documents written or indexed. */
    public record RebuildStatus(Phase phase, long done, long total, Instant startedAt, Instant finishedAt) {

        /** Phases of a rebuild; IDLE before the first one since start. */
        public enum Phase {
            IDLE,
            COLLECTING,
            INDEXING,
            DONE,
            FAILED
        }

        public static RebuildStatus idle() {
            return new RebuildStatus(Phase.IDLE, 0, 0, null, null);
        }

        public boolean running() {
            return phase == Phase.COLLECTING || phase == Phase.INDEXING;
        }

        /** Progress of the indexing phase in percent (collecting counts as 0, done as 100). */
        public int percent() {
            return switch (phase) {
                case DONE -> 100;
                case INDEXING -> total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
                default -> 0;
            };
        }
    }

    /** A registration that can be cancelled (e.g. a view's progress listener when it detaches). */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
