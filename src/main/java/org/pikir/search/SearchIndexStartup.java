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
 */
@Component
@Order(200)
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final SearchIndexRebuilder rebuilder;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EntityManager em;
    private final boolean enabled;

    SearchIndexStartup(
            SearchIndexRebuilder rebuilder,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            EntityManager em,
            @Value("${pikir.search.rebuild-on-start:true}") boolean enabled) {
        this.rebuilder = rebuilder;
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
            LOG.info("rebuilding the search index in the background: {}", reason);
            rebuilder.start();
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
        // A process killed before the index committed its last writes leaves the table (durable, written with
        // the submission's follow-up transaction) ahead of the index; found by the crash-safety benchmark.
        return rows != indexed
                ? "the index holds %d documents, the table %d (stopped before the index committed?)"
                        .formatted(indexed, rows)
                : null;
    }
}
