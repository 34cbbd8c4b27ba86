package org.pikir.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After start-up (and after the demo data, which is written partly without events), rebuilds the index in the
 * background when it was never built with the current document shape ({@link SearchIndexRebuilder#MARKER}), or
 * when the index directory is empty while the table is not (index deleted or moved). So a first start with demo
 * data and an upgrade both end up searchable without anyone pressing a button.
 *
 * <p>Cluster-safe: the reason is asked again under the index lock (see {@link SearchIndexRebuilder#startIfNeeded}),
 * so of several nodes starting together one rebuilds. With OpenSearch the index trails the table by the outbox's
 * lag on every busy cluster, and no update is lost by a dying node (its outbox events stay in the database), so
 * there only a missing marker or an empty index over a non-empty table (a new or wiped cluster) trigger a rebuild,
 * not a count that differs.
 */
@Component
@Order(200)
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final SearchIndexRebuilder rebuilder;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EntityManager em;
    private final SearchBackend backend;
    private final boolean enabled;

    SearchIndexStartup(
            SearchIndexRebuilder rebuilder,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            EntityManager em,
            SearchBackend backend,
            @Value("${pikir.search.rebuild-on-start:true}") boolean enabled) {
        this.rebuilder = rebuilder;
        this.backend = backend;
        this.jdbc = jdbc;
        this.tx = tx;
        this.em = em;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        String reason = reason();
        if (reason != null) {
            LOG.info("search index needs a rebuild ({}); starting it in the background", reason);
            rebuilder.startIfNeeded(this::reason);
        }
    }

    /** Why a rebuild is needed, or null. */
    String reason() {
        Integer built = jdbc.queryForObject(
                "select count(*) from job_marker where name = ?", Integer.class, SearchIndexRebuilder.MARKER);
        if (built == null || built == 0) {
            return "never built with the current document shape";
        }
        long rows = jdbc.queryForObject("select count(*) from search_document", Long.class);
        long indexed = tx.execute(s -> Search.session(em)
                .search(SearchDocument.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
        if (rows > 0 && indexed == 0) {
            return "the index is empty but the table is not";
        }
        if (backend.openSearch()) {
            return null;
        }
        // A process killed before the index committed its last writes leaves the table (durable, written with
        // the submission's follow-up transaction) ahead of the index; found by the crash-safety benchmark.
        return rows != indexed
                ? "the index holds %d documents, the table %d (stopped before the index committed?)"
                        .formatted(indexed, rows)
                : null;
    }
}
