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
import org.pikir.analysis.engine.AnalysisEngine;
import org.pikir.analysis.engine.Assignment;
import org.pikir.analysis.engine.ScopeAnalysis;
import org.pikir.analysis.engine.ScopeIndex;
import org.pikir.analysis.engine.TextItem;
import org.pikir.analysis.engine.TopicModel;
import org.pikir.analysis.service.AfterCommit;
import org.pikir.analysis.service.AnalysisEngineHolder;
import org.pikir.analysis.service.AnalysisStore;
import org.pikir.analysis.service.DbScopeState;
import org.pikir.analysis.service.RunProgress;
import org.pikir.analysis.service.SharedStateStore;
import org.pikir.analysis.service.SharedStateStore.ScopeState;
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
 * <p>New items are placed online against the scope's index in PostgreSQL (LSH band keys with their first item, the
 * topic model of the last batch run), inside the transaction that locks the scope's row: any number of nodes place
 * the same comment in the same campaign, one writer per scope at a time, scopes independently. Full re-clustering
 * runs in the background with progress in {@code analysis_run}, leased to the node running it; when that node dies
 * another one takes the run over ({@link RunLeases}). Items that arrive while a run analyses are placed again against
 * its result when it is written.
 */
@Service
public class AnalysisService {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    /** This process among the nodes sharing the database (lease owner of the runs it executes). */
    private final String node;

    /** This node's name in run leases. */
    String node() {
        return node;
    }

    /** Seconds a run's lease lasts without renewal; {@link RunLeases} renews every 15 s. */
    static final int LEASE_SECONDS = 60;

    /** A run taken over this often without finishing is given up (it probably kills its node). */
    static final int MAX_ATTEMPTS = 3;

    private final AnalysisEngineHolder engine;
    private final AnalysisStore store;
    private final SharedStateStore shared;
    private final TransactionTemplate tx;
    /** Commits on its own, whatever transaction the caller (e.g. an event listener) has open. */
    private final TransactionTemplate ownTx;

    private final TaskExecutor executor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Runs this node is executing (their leases are renewed). */
    private final Set<Long> mine = ConcurrentHashMap.newKeySet();
    /** Topic models read from the database, by scope; each is immutable and valid for the run that wrote it. */
    private final Map<Scope, CachedModel> models =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Scope, CachedModel> eldest) {
                    return size() > MODEL_CACHE;
                }
            });

    private static final int MODEL_CACHE = 256;

    private record CachedModel(long run, TopicModel model) {}

    /**
     * A scope is re-clustered in the background once it has doubled since its topics were fitted (and holds at
     * least this many items): topics fitted on the first handful of comments would otherwise hold every later one.
     */
    public static final int REFIT_MIN_ITEMS = 20;

    @org.springframework.beans.factory.annotation.Autowired
    AnalysisService(
            AnalysisEngineHolder engine,
            AnalysisStore store,
            SharedStateStore shared,
            TransactionTemplate tx,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ApplicationEventPublisher events,
            Clock clock) {
        this(engine, store, shared, tx, executor, events, clock, nodeName());
    }

    /** A service acting as the named node (tests run two "nodes" in one JVM). */
    AnalysisService(
            AnalysisEngineHolder engine,
            AnalysisStore store,
            SharedStateStore shared,
            TransactionTemplate tx,
            TaskExecutor executor,
            ApplicationEventPublisher events,
            Clock clock,
            String node) {
        this.node = node;
        this.engine = engine;
        this.store = store;
        this.shared = shared;
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
        Scope scope = text.scope();
        ensureIndexed(scope);
        boolean[] refit = {false};
        StoredAssignment out = tx.execute(s -> {
            ScopeState st = shared.lockScope(scope);
            if (store.holds(text)) {
                return store.assignment(text.item()).orElseThrow();
            }
            AnalysisEngine e = engine.get();
            // An edited or moved item leaves the band keys of its old text.
            shared.stored(text.item())
                    .ifPresent(old ->
                            shared.deleteBands(DbScopeState.dbKeys(old.scope(), e.bandKeys(old.body())), old.seq()));
            DbScopeState state = new DbScopeState(shared, store, scope, st.provisional());
            ScopeIndex index = e.onlineIndex(model(scope, st.modelRun()), state);
            String key = text.item().key();
            Assignment a = index.assign(new TextItem(key, text.text(), text.createdAt(), text.language()));
            SharedStateStore.Written w = shared.upsert(text, a, clock.instant(), state.keptShingles());
            shared.insertBands(state.newBandKeys(), w.seq());
            int items = st.items() + (w.inserted() ? 1 : 0);
            shared.saveScope(
                    scope,
                    new ScopeState(items, st.fittedItems(), state.provisional(), st.modelRun(), st.bandsComplete()));
            refit[0] = items >= Math.max(REFIT_MIN_ITEMS, 2 * st.fittedItems());
            events.publishEvent(new ItemAnalysed(text.item(), scope, a.campaignId(), a.topicId()));
            String promoted = index.promotedItemId();
            if (promoted != null) {
                ItemRef.parse(promoted)
                        .ifPresent(p -> events.publishEvent(new ItemAnalysed(p, scope, a.campaignId(), a.topicId())));
            }
            return new StoredAssignment(text.item(), scope, a.language(), a.campaignId(), a.topicId());
        });
        if (refit[0]) {
            AfterCommit.run(() -> {
                if (shared.runningRun(scope).isEmpty()) {
                    recluster(scope);
                }
            });
        }
        return out;
    }

    /**
     * A scope whose items were stored before its index lived in the database (an upgrade, or rows written without
     * this service) is re-clustered once, here and now, before anything is placed in it; a run another node is
     * already doing is waited for.
     */
    private void ensureIndexed(Scope scope) {
        Optional<ScopeState> st = shared.scopeState(scope);
        if (st.isEmpty()) {
            st = Optional.of(ownTx.execute(s -> shared.lockScope(scope)));
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(15);
        while (!st.get().bandsComplete()) {
            Optional<Long> run = ownTx.execute(s -> shared.startRun(scope, 0, clock.instant(), node, LEASE_SECONDS));
            if (run.isPresent()) {
                if (!execute(scope, run.get())) {
                    throw new IllegalStateException("the first re-clustering of " + scope.key() + " failed");
                }
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the first re-clustering of " + scope.key() + " did not finish");
            } else {
                sleep(200);
            }
            st = shared.scopeState(scope);
        }
    }

    /**
     * Starts a background re-clustering of a scope and returns the run id to watch with {@link #run}; when one is
     * already running in the scope (on any node), returns that one: it will also place what arrives meanwhile.
     */
    public long recluster(Scope scope) {
        // The run row is committed before the background thread updates it: inside a caller's open transaction
        // the thread's first update would miss the uncommitted row and the run would end DONE with 0 items.
        Optional<Long> started = ownTx.execute(s -> shared.startRun(scope, 0, clock.instant(), node, LEASE_SECONDS));
        if (started.isEmpty()) {
            return shared.runningRun(scope).orElseGet(() -> recluster(scope));
        }
        long run = started.get();
        mine.add(run);
        executor.execute(() -> execute(scope, run));
        return run;
    }

    /** True while this node executes the run. */
    boolean executing(long run) {
        return mine.contains(run);
    }

    /** Renews the leases of the runs this node executes (called by {@code RunLeases}); runs taken over are let go. */
    public void renewLeases() {
        List<Long> ids = List.copyOf(mine);
        if (ids.isEmpty()) {
            return;
        }
        List<Long> held = shared.renewLeases(node, ids, LEASE_SECONDS);
        for (Long id : ids) {
            if (!held.contains(id) && mine.contains(id)) {
                LOG.warn("re-clustering run {} is no longer leased to this node; its result will not be written", id);
            }
        }
    }

    /**
     * Takes over runs whose node stopped renewing their lease (it died) and executes them in the background; returns
     * how many were taken. Any node may call this at any time: each run goes to exactly one.
     */
    public int takeOverExpiredRuns() {
        int taken = 0;
        for (Optional<SharedStateStore.ClaimedRun> c = claim(); c.isPresent(); c = claim()) {
            SharedStateStore.ClaimedRun run = c.get();
            if (run.attempts() > MAX_ATTEMPTS) {
                LOG.warn(
                        "re-clustering run {} of {} was interrupted {} times; giving up",
                        run.id(),
                        run.scope(),
                        run.attempts() - 1);
                store.finishRun(run.id(), "interrupted " + (run.attempts() - 1) + " times", clock.instant());
                continue;
            }
            LOG.info(
                    "taking over re-clustering run {} of {} (its node stopped renewing the lease)",
                    run.id(),
                    run.scope());
            mine.add(run.id());
            executor.execute(() -> execute(run.scope(), run.id()));
            taken++;
        }
        return taken;
    }

    private Optional<SharedStateStore.ClaimedRun> claim() {
        return ownTx.execute(s -> shared.claimExpiredRun(node, LEASE_SECONDS));
    }

    /** Executes a run leased to this node, in this thread; false when it failed (reported in the run row). */
    private boolean execute(Scope scope, long run) {
        mine.add(run);
        try {
            reclusterNow(scope, run);
            return true;
        } catch (RuntimeException e) {
            return false;
        } finally {
            mine.remove(run);
        }
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
     * {@code analysis_run} moves at least every 1 % of the work, so an official never watches a frozen bar. The write
     * locks the scope, checks that this node still holds the run's lease (else another node took the run over and
     * this one writes nothing), then places the items that arrived during the analysis against the new result.
     */
    private void reclusterNow(Scope scope, long run) {
        RunProgress progress = new RunProgress(store, tx, run);
        int[] count = {0};
        try {
            boolean backfill =
                    !shared.scopeState(scope).map(ScopeState::bandsComplete).orElse(false);
            int expected = store.count(scope);
            store.runItems(run, expected);
            SharedStateStore.Snapshot snap =
                    tx.execute(s -> shared.snapshot(scope, n -> progress.set(5L * n / Math.max(1, expected))));
            progress.set(5);
            int analysed = snap.items().size();
            count[0] = analysed;
            AnalysisEngine e = engine.get();
            ScopeAnalysis analysis = e.analyze(snap.items(), backfill, p -> progress.set(5 + 85 * p / 100));
            byte[] model = e.writeTopicModel(analysis.topicModel());
            Bands bands = backfill ? bands(scope, analysis.index(), snap.seqs()) : null;
            ownTx.executeWithoutResult(s -> {
                ScopeState st = shared.lockScope(scope);
                if (!shared.holdsRun(run, node)) {
                    throw new LeaseLost(run);
                }
                store.replace(scope, analysis, clock.instant(), share -> progress.set(90 + (int) (8 * share)));
                if (bands != null && !st.bandsComplete()) {
                    shared.writeBands(bands.keys, bands.seqs, bands.shingleSeqs, bands.shingles);
                }
                shared.saveTopicModel(scope, run, model);
                long[] now = shared.revisions(scope);
                int provisional = placeLateItems(scope, snap.revisions(), now, analysis.topicModel());
                shared.saveScope(scope, new ScopeState(now.length, analysed, provisional, run, true));
                if (!shared.finishOwnedRun(run, node, clock.instant())) {
                    throw new LeaseLost(run);
                }
                events.publishEvent(new ScopeReclustered(scope, run, analysed, true));
            });
            models.put(scope, new CachedModel(run, analysis.topicModel()));
        } catch (LeaseLost e) {
            LOG.warn("re-clustering run {} of {} was taken over by another node; not writing it", run, scope);
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("re-clustering of {} failed", scope, e);
            boolean ours = Boolean.TRUE.equals(ownTx.execute(s -> shared.holdsRun(run, node)));
            if (ours) {
                store.finishRun(run, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
                events.publishEvent(new ScopeReclustered(scope, run, count[0], false));
            }
            throw e;
        }
    }

    /**
     * Places again, against the run's result, the items that were written after its snapshot (new, edited or moved
     * in): their online campaign ids belonged to the previous numbering. Returns the provisional campaign counter.
     */
    private int placeLateItems(Scope scope, long[] snapshot, long[] now, TopicModel model) {
        long[] seen = snapshot.clone();
        java.util.Arrays.sort(seen);
        long[] late = java.util.Arrays.stream(now)
                .filter(r -> java.util.Arrays.binarySearch(seen, r) < 0)
                .toArray();
        if (late.length == 0) {
            return 0;
        }
        DbScopeState state = new DbScopeState(shared, store, scope, 0);
        ScopeIndex index = engine.get().onlineIndex(model, state);
        for (SharedStateStore.LateItem item : shared.itemsWithRevisions(scope, late)) {
            Assignment a = index.assign(item.item());
            shared.setAssignment(item.seq(), a.campaignId(), a.topicId(), clock.instant());
        }
        LOG.info(
                "{} item(s) of {} that arrived during the re-clustering placed against its result", late.length, scope);
        return state.provisional();
    }

    /** A batch index's representatives in database form. */
    private record Bands(long[] keys, long[] seqs, long[] shingleSeqs, int[][] shingles) {}

    private static Bands bands(Scope scope, ScopeIndex index, long[] seqOf) {
        it.unimi.dsi.fastutil.longs.LongArrayList keys = new it.unimi.dsi.fastutil.longs.LongArrayList();
        it.unimi.dsi.fastutil.longs.LongArrayList seqs = new it.unimi.dsi.fastutil.longs.LongArrayList();
        it.unimi.dsi.fastutil.longs.LongArrayList shingleSeqs = new it.unimi.dsi.fastutil.longs.LongArrayList();
        List<int[]> shingles = new java.util.ArrayList<>();
        index.export(
                (position, band, key) -> {
                    keys.add(SharedStateStore.bandKey(scope, band, key));
                    seqs.add(seqOf[position]);
                },
                (position, sh) -> {
                    shingleSeqs.add(seqOf[position]);
                    shingles.add(sh);
                });
        return new Bands(
                keys.toLongArray(), seqs.toLongArray(), shingleSeqs.toLongArray(), shingles.toArray(new int[0][]));
    }

    /** The scope's topic model written by {@code run} (none before the first batch run). */
    private TopicModel model(Scope scope, Long run) {
        if (run == null) {
            return TopicModel.empty();
        }
        CachedModel cached = models.get(scope);
        if (cached != null && cached.run() == run) {
            return cached.model();
        }
        TopicModel model = shared.topicModel(scope, run)
                .map(bytes -> engine.get().readTopicModel(bytes))
                .orElseGet(TopicModel::empty);
        models.put(scope, new CachedModel(run, model));
        return model;
    }

    /** The node name: host, process and a random part (two processes on one host, or a restart, differ). */
    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a re-clustering", e);
        }
    }

    /** This node lost the run's lease to another (it was presumed dead). */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(long run) {
            super("lease of run " + run + " lost");
        }
    }
}
