package org.pikir.search;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.pikir.search.SearchRecords.RebuildStatus;
import org.pikir.search.SearchRecords.RebuildStatus.Phase;
import org.pikir.search.SearchRecords.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search index from the database: regenerates {@code search_document} from the owning modules'
 * current public content in one transaction (demo data, anything an event missed, anything no longer public), then
 * mass-indexes it. Runs in the background for the admin action, in the caller's thread for the command. While it
 * runs, single updates on every node wait (the writer's index lock in PostgreSQL) and searches see a partial index;
 * one rebuild runs at a time in the whole cluster.
 */
@Component
class SearchIndexRebuilder {

    /** Job marker of a completed rebuild with the current mapping; change it when the documents change shape. */
    static final String MARKER = "search:index-v2";

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexRebuilder.class);
    private static final long NOTIFY_EVERY_MS = 250;

    private final PublicContentMirror mirror;
    private final SearchIndexWriter writer;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final EntityManagerFactory emf;
    private final Clock clock;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());
    private final List<Consumer<RebuildStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean backgroundRunning = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastNotified;

    SearchIndexRebuilder(
            PublicContentMirror mirror,
            SearchIndexWriter writer,
            TransactionTemplate tx,
            JdbcTemplate jdbc,
            EntityManagerFactory emf,
            Clock clock) {
        this.mirror = mirror;
        this.writer = writer;
        this.tx = tx;
        this.jdbc = jdbc;
        this.emf = emf;
        this.clock = clock;
    }

    RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild in the background unless one is running; returns the status right after. */
    RebuildStatus start() {
        if (backgroundRunning.compareAndSet(false, true)) {
            publish(new RebuildStatus(Phase.COLLECTING, 0, 0, clock.instant(), null), true);
            background.execute(() -> {
                try {
                    rebuildNow();
                } catch (RuntimeException e) {
                    // already reported as FAILED
                } finally {
                    backgroundRunning.set(false);
                }
            });
        }
        return status.get();
    }

    /**
     * Starts a rebuild in the background if {@code reason}, asked again while holding the index lock, still gives
     * one: with several nodes starting at once, one rebuilds and the others find the lock taken (or, after it, the
     * index built) and do nothing.
     */
    void startIfNeeded(Supplier<String> reason) {
        if (!backgroundRunning.compareAndSet(false, true)) {
            return;
        }
        RebuildStatus before = status.get();
        publish(new RebuildStatus(Phase.COLLECTING, 0, 0, clock.instant(), null), true);
        background.execute(() -> {
            try {
                Optional<Long> done = writer.tryExclusively(() -> {
                    String why = reason.get();
                    if (why == null) {
                        return -1L;
                    }
                    LOG.info("rebuilding the search index: {}", why);
                    return rebuild();
                });
                if (done.isEmpty() || done.get() < 0) {
                    LOG.info(
                            done.isEmpty()
                                    ? "search index: another node is rebuilding it"
                                    : "search index: already rebuilt by another node");
                    publish(before, true);
                }
            } catch (RuntimeException e) {
                // already reported as FAILED
            } finally {
                backgroundRunning.set(false);
            }
        });
    }

    /** Rebuilds in this thread (waits for a running rebuild on any node first); returns the number of documents. */
    long rebuildNow() {
        return writer.exclusively(this::rebuild);
    }

    /** The rebuild itself; the caller holds the index lock exclusively. */
    private long rebuild() {
        Instant started = clock.instant();
        try {
            publish(new RebuildStatus(Phase.COLLECTING, 0, 0, started, null), true);
            long documents = tx.execute(s -> {
                // Until the mass indexing below completes the index is partial: a node that dies meanwhile leaves
                // no marker, so the next start (of any node) rebuilds again.
                jdbc.update("delete from job_marker where name = ?", MARKER);
                writer.deleteAllRows();
                return mirror.regenerate(n -> publish(new RebuildStatus(Phase.COLLECTING, n, 0, started, null), false));
            });
            publish(new RebuildStatus(Phase.INDEXING, 0, documents, started, null), true);
            massIndex(done -> publish(new RebuildStatus(Phase.INDEXING, done, documents, started, null), false));
            jdbc.update("""
                    insert into job_marker (name, done_at) values (?, ?)
                    on conflict (name) do update set done_at = excluded.done_at""", MARKER, Timestamp.from(clock.instant()));
            publish(new RebuildStatus(Phase.DONE, documents, documents, started, clock.instant()), true);
            LOG.info("search index rebuilt: {} documents in {} ms", documents, clock.millis() - started.toEpochMilli());
            return documents;
        } catch (RuntimeException e) {
            LOG.error("search index rebuild failed", e);
            publish(new RebuildStatus(Phase.FAILED, 0, 0, started, clock.instant()), true);
            throw e;
        }
    }

    /** Indexes every row of {@code search_document} into a fresh index, reporting documents indexed so far. */
    void massIndex(java.util.function.LongConsumer progress) {
        try {
            Search.mapping(emf)
                    .scope(SearchDocument.class)
                    .massIndexer()
                    .dropAndCreateSchemaOnStart(true)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500)
                    .idFetchSize(5000)
                    .monitor(new Progress(progress))
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search index rebuild interrupted", e);
        }
    }

    /** Calls the listener with every status change (from a background thread) until cancelled. */
    Subscription subscribe(Consumer<RebuildStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private void publish(RebuildStatus next, boolean always) {
        status.set(next);
        long now = System.currentTimeMillis();
        if (!always && now - lastNotified < NOTIFY_EVERY_MS) {
            return;
        }
        lastNotified = now;
        for (Consumer<RebuildStatus> l : listeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                LOG.debug("rebuild progress listener failed", e);
            }
        }
    }

    private static final class Progress implements MassIndexingMonitor {

        private final java.util.function.LongConsumer progress;
        private final AtomicLong added = new AtomicLong();

        Progress(java.util.function.LongConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void documentsAdded(long increment) {
            progress.accept(added.addAndGet(increment));
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void indexingCompleted() {}
    }
}
