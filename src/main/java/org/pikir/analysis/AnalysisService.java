package org.pikir.analysis;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pikir.analysis.AnalysisRecords.RunStatus;
import org.pikir.analysis.AnalysisRecords.StoredAssignment;
import org.pikir.analysis.AnalysisRecords.StoredCampaign;
import org.pikir.analysis.AnalysisRecords.StoredTopic;
import org.pikir.analysis.engine.Assignment;
import org.pikir.analysis.engine.ScopeAnalysis;
import org.pikir.analysis.engine.ScopeIndex;
import org.pikir.analysis.engine.TextItem;
import org.pikir.analysis.service.AnalysisEngineHolder;
import org.pikir.analysis.service.AnalysisStore;
import org.pikir.analysis.service.RunProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's API: features hand it typed work ({@link AnalysableText}) and read campaigns, topics and
 * assignments back, or listen to {@link ItemAnalysed} and {@link ScopeReclustered}. Results live in
 * PostgreSQL and can be rebuilt from the stored texts.
 *
 * <p>New items are placed online against an in-memory index of their scope (built from a full re-clustering
 * the first time a scope is touched after start); full re-clustering runs in the background with progress in
 * {@code analysis_run}. Per scope, writers are serialised; scopes run independently.
 */
@Service
public class AnalysisService {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    private final AnalysisEngineHolder engine;
    private final AnalysisStore store;
    private final TransactionTemplate tx;
    /** Commits on its own, whatever transaction the caller (e.g. an event listener) has open. */
    private final TransactionTemplate ownTx;

    private final TaskExecutor executor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Scope, ScopeIndex> indexes = new ConcurrentHashMap<>();
    private final Map<Scope, Object> locks = new ConcurrentHashMap<>();
    /** Items in each scope when its topics were last fitted. */
    private final Map<Scope, Integer> fittedSize = new ConcurrentHashMap<>();
    /** Scopes with a background re-clustering queued or running. */
    private final Set<Scope> pending = ConcurrentHashMap.newKeySet();

    /**
     * A scope is re-clustered in the background once it has doubled since its topics were fitted (and holds at
     * least this many items): topics fitted on the first handful of comments would otherwise hold every later one.
     */
    public static final int REFIT_MIN_ITEMS = 20;

    AnalysisService(
            AnalysisEngineHolder engine,
            AnalysisStore store,
            TransactionTemplate tx,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.engine = engine;
        this.store = store;
        this.tx = tx;
        this.ownTx = new TransactionTemplate(tx.getTransactionManager());
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Analyses and stores one new (or edited, or moved to another scope) submission and returns where it was
     * placed. Idempotent: the same item with the same text in the same scope, delivered again (a resubmitted
     * event), changes nothing and returns the stored result.
     */
    public StoredAssignment submit(AnalysableText text) {
        synchronized (lock(text.scope())) {
            if (store.holds(text)) {
                return store.assignment(text.item()).orElseThrow();
            }
            ScopeIndex index = indexes.get(text.scope());
            if (index == null) {
                index = reclusterNow(text.scope(), null);
            }
            String key = text.item().key();
            Assignment a = index.assign(new TextItem(key, text.text(), text.createdAt(), text.language()));
            int fitted = fittedSize.getOrDefault(text.scope(), 0);
            if (index.size() >= Math.max(REFIT_MIN_ITEMS, 2 * fitted) && !pending.contains(text.scope())) {
                recluster(text.scope());
            }
            String promoted = index.promotedItemId();
            tx.executeWithoutResult(s -> {
                store.upsert(text, a, clock.instant());
                events.publishEvent(new ItemAnalysed(text.item(), text.scope(), a.campaignId(), a.topicId()));
                if (promoted != null) {
                    store.setCampaign(promoted, a.campaignId());
                    ItemRef.parse(promoted)
                            .ifPresent(p -> events.publishEvent(
                                    new ItemAnalysed(p, text.scope(), a.campaignId(), a.topicId())));
                }
            });
            return new StoredAssignment(text.item(), text.scope(), a.language(), a.campaignId(), a.topicId());
        }
    }

    /** Starts a background re-clustering of a scope and returns the run id to watch with {@link #run}. */
    public long recluster(Scope scope) {
        // The run row is committed before the background thread updates it: inside a caller's open transaction
        // the thread's first update would miss the uncommitted row and the run would end DONE with 0 items.
        long run = ownTx.execute(s -> store.startRun(scope, 0, clock.instant()));
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
    public Optional<RunStatus> latestRun(Scope scope) {
        return store.latestRun(scope);
    }

    /** Stored assignment of an item. */
    public Optional<StoredAssignment> assignment(ItemRef item) {
        return store.assignment(item);
    }

    /** Stored assignments of every item of a scope (which campaign and topic each item is in). */
    public List<StoredAssignment> assignments(Scope scope) {
        return store.assignments(scope);
    }

    /** The analysed texts of a scope, oldest first. */
    public Map<ItemRef, String> texts(Scope scope) {
        Map<ItemRef, String> out = new java.util.LinkedHashMap<>();
        for (TextItem item : store.items(scope, n -> {})) {
            ItemRef.parse(item.id()).ifPresent(ref -> out.put(ref, item.text()));
        }
        return out;
    }

    /** Campaigns of a scope, largest first. */
    public List<StoredCampaign> campaigns(Scope scope) {
        return store.campaigns(scope);
    }

    /** Topics of a scope, largest first. */
    public List<StoredTopic> topics(Scope scope) {
        return store.topics(scope);
    }

    /**
     * Reads the scope (streamed, 0–5 %), analyses it (5–90 %) and writes the results (90–100 %); progress in
     * {@code analysis_run} moves at least every 1 % of the work, so an official never watches a frozen bar.
     */
    private ScopeIndex reclusterNow(Scope scope, Long existingRun) {
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
                events.publishEvent(new ScopeReclustered(scope, run, analysed, true));
            });
            indexes.put(scope, analysis.index());
            fittedSize.put(scope, analysed);
            return analysis.index();
        } catch (RuntimeException e) {
            LOG.warn("re-clustering of {} failed", scope, e);
            store.finishRun(run, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            events.publishEvent(new ScopeReclustered(scope, run, count, false));
            throw e;
        }
    }

    private Object lock(Scope scope) {
        return locks.computeIfAbsent(scope, s -> new Object());
    }
}
