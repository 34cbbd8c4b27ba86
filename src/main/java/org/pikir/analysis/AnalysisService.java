package org.pikir.analysis;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pikir.analysis.AnalysisRecords.RunStatus;
import org.pikir.analysis.AnalysisRecords.StoredAssignment;
import org.pikir.analysis.AnalysisRecords.StoredCampaign;
import org.pikir.analysis.AnalysisRecords.StoredTopic;
import org.pikir.analysis.service.AnalysisStore;
import org.pikir.analysis.service.RunProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analysis module's API: language of a text, and language + campaign + topic of every submission, kept
 * in PostgreSQL and rebuildable from the stored texts.
 *
 * <p>New items are placed online against an in-memory index of their scope (built from a full
 * re-clustering the first time a scope is touched after start); full re-clustering runs in the background
 * with progress in {@code analysis_run}. Per scope, writers are serialised; scopes run independently.
 */
@Service
public class AnalysisService {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    private final AnalysisConfig.LazyEngine engine;
    private final AnalysisStore store;
    private final TransactionTemplate tx;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<String, ScopeIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    /** Items in each scope when its topics were last fitted. */
    private final Map<String, Integer> fittedSize = new ConcurrentHashMap<>();
    /** Scopes with a background re-clustering queued or running. */
    private final java.util.Set<String> pending = ConcurrentHashMap.newKeySet();

    /**
     * A scope is re-clustered in the background once it has doubled since its topics were fitted (and holds at
     * least this many items): topics fitted on the first handful of comments would otherwise hold every later one.
     */
    static final int REFIT_MIN_ITEMS = 20;

    AnalysisService(
            AnalysisConfig.LazyEngine engine,
            AnalysisStore store,
            TransactionTemplate tx,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.engine = engine;
        this.store = store;
        this.tx = tx;
        this.executor = executor;
        this.clock = clock;
    }

    /** Language of a text (kk, ru, en, uz, ky, tg, tk or und) for any module. */
    public DetectedLanguage detect(String text) {
        return engine.get().identifier().detect(text);
    }

    /** Analyses and stores one new (or edited) submission; returns its language, campaign and topic. */
    public Assignment submit(AnalysableText text) {
        synchronized (lock(text.scope())) {
            ScopeIndex index = indexes.get(text.scope());
            if (index == null) {
                index = reclusterNow(text.scope(), null);
            }
            Assignment a = index.assign(new TextItem(text.key(), text.text(), text.createdAt()));
            int fitted = fittedSize.getOrDefault(text.scope(), 0);
            if (index.size() >= Math.max(REFIT_MIN_ITEMS, 2 * fitted) && !pending.contains(text.scope())) {
                recluster(text.scope());
            }
            Assignment stored = new Assignment(text.id(), a.language(), a.campaignId(), a.topicId());
            String promoted = index.promotedItemId();
            tx.executeWithoutResult(s -> {
                store.upsert(text, stored, clock.instant());
                if (promoted != null) {
                    store.setCampaign(promoted, a.campaignId());
                }
            });
            return stored;
        }
    }

    /** Starts a background re-clustering of a scope and returns the run id to watch with {@link #run}. */
    public long recluster(String scope) {
        long run = tx.execute(s -> store.startRun(scope, 0, clock.instant()));
        pending.add(scope);
        executor.execute(() -> {
            try {
                synchronized (lock(scope)) {
                    reclusterNow(scope, run);
                }
            } finally {
                pending.remove(scope);
            }
        });
        return run;
    }

    /** Re-clusters every scope in the background (after a model change, or to rebuild derived data). */
    public void rebuildAll() {
        store.scopes().forEach(this::recluster);
    }

    /** Status of a background run. */
    public Optional<RunStatus> run(long id) {
        return store.run(id);
    }

    /** The latest run of a scope. */
    public Optional<RunStatus> latestRun(String scope) {
        return store.latestRun(scope);
    }

    /** Stored assignment of an item. */
    public Optional<StoredAssignment> assignment(String kind, String id) {
        return store.assignment(kind, id);
    }

    /** Stored assignments of every item of a scope (which campaign and topic each item is in). */
    public List<StoredAssignment> assignments(String scope) {
        return store.assignments(scope);
    }

    /** The analysed texts of a scope; ids are "kind:id". */
    public List<TextItem> items(String scope) {
        return store.items(scope);
    }

    /** Campaigns of a scope, largest first. */
    public List<StoredCampaign> campaigns(String scope) {
        return store.campaigns(scope);
    }

    /** Topics of a scope, largest first. */
    public List<StoredTopic> topics(String scope) {
        return store.topics(scope);
    }

    /**
     * Reads the scope (streamed, 0–5 %), analyses it (5–90 %) and writes the results (90–100 %); progress in
     * {@code analysis_run} moves at least every 1 % of the work, so an official never watches a frozen bar.
     */
    private ScopeIndex reclusterNow(String scope, Long existingRun) {
        int count = store.count(scope);
        long run = existingRun != null ? existingRun : tx.execute(s -> store.startRun(scope, count, clock.instant()));
        RunProgress progress = new RunProgress(store, tx, run);
        try {
            store.runItems(run, count);
            List<TextItem> items = tx.execute(s -> store.items(scope, n -> progress.set(5L * n / Math.max(1, count))));
            progress.set(5);
            int analysed = items.size();
            ScopeAnalysis analysis = engine.get().analyze(items, true, p -> progress.set(5 + 85 * p / 100));
            items = null; // the texts are not needed for writing; let a large scope's texts go before the write
            tx.executeWithoutResult(s -> {
                store.replace(scope, analysis, clock.instant(), share -> progress.set(90 + (int) (9 * share)));
                store.finishRun(run, null, clock.instant());
            });
            indexes.put(scope, analysis.index());
            fittedSize.put(scope, analysed);
            return analysis.index();
        } catch (RuntimeException e) {
            LOG.warn("re-clustering of {} failed", scope, e);
            store.finishRun(run, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            throw e;
        }
    }

    private Object lock(String scope) {
        return locks.computeIfAbsent(scope, s -> new Object());
    }
}
