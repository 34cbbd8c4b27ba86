package org.pikir.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.analysis.AnalysisRecords.RunStatus;
import org.pikir.analysis.AnalysisRecords.StoredAssignment;
import org.pikir.analysis.service.AnalysisEngineHolder;
import org.pikir.analysis.service.AnalysisStore;
import org.pikir.analysis.service.SharedStateStore;
import org.pikir.shared.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two analysis "nodes" (two services with their own memory, names and background threads) on one PostgreSQL: they
 * must decide every comment the same way, serialise writers in a scope through the database, and hand a
 * re-clustering run over when its node dies (issue 15).
 */
@IntegrationTest
class SharedAnalysisStateTest {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());
    private static final String LETTER = "Мы, жители района, категорически против повышения тарифов на горячую воду "
            + "и требуем провести общественные слушания до принятия решения акиматом города";

    @Autowired
    AnalysisService nodeA;

    @Autowired
    AnalysisEngineHolder engine;

    @Autowired
    AnalysisStore store;

    @Autowired
    SharedStateStore shared;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    AnalysisService nodeB;
    SimpleAsyncTaskExecutor executorB;

    @BeforeEach
    void secondNode() {
        executorB = new SimpleAsyncTaskExecutor("node-b-");
        nodeB = new AnalysisService(engine, store, shared, tx, executorB, events, clock, "node-b/" + IDS.get());
    }

    @AfterEach
    void stopSecondNode() {
        executorB.close();
    }

    private static Scope newScope() {
        return Scope.of("sharedtest", IDS.incrementAndGet());
    }

    private AnalysableText text(Scope scope, String body) {
        return new AnalysableText(
                new ItemRef("comment", "shared-" + IDS.incrementAndGet()),
                scope,
                body,
                engine.detect(body),
                Instant.now());
    }

    @Test
    void aFormLetterSentToTwoNodesLandsInOneCampaignWhicheverNodeTakesEachLetter() throws Exception {
        Scope scope = newScope();
        List<StoredAssignment> letters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            AnalysisService node = i % 2 == 0 ? nodeA : nodeB;
            letters.add(node.submit(text(scope, LETTER + (i % 3 == 0 ? "" : ". Подпись " + i))));
            // unrelated comments in between, also on both nodes
            (i % 2 == 0 ? nodeB : nodeA)
                    .submit(text(scope, "Отдельное мнение номер " + i + " о ремонте дороги на улице " + (100 + i)));
        }
        // 24 items pass the refit threshold: a background run renames N1 to C1; compare once it is written
        AnalysisWaits.until(
                "the refit to finish", () -> shared.runningRun(scope).isEmpty());
        Set<String> campaigns = new HashSet<>();
        for (StoredAssignment a : letters) {
            campaigns.add(
                    String.valueOf(nodeA.assignment(a.item()).orElseThrow().campaignKey()));
        }
        assertThat(campaigns).hasSize(1).doesNotContain("null");
        // the first letter was pulled into the campaign when the second arrived (on the other node)
        assertThat(letters.get(0).campaignKey()).isNull();
        assertThat(letters.get(1).campaignKey()).isNotNull();
        assertThat(nodeB.assignment(letters.get(0).item()).orElseThrow().campaignKey())
                .isEqualTo(nodeA.assignment(letters.get(1).item()).orElseThrow().campaignKey());
        assertThat(nodeA.assignments(scope)).hasSize(24);
    }

    @Test
    void concurrentLettersOnBothNodesAreSerialisedByTheDatabaseAndNoneIsLost() throws Exception {
        Scope scope = newScope();
        // two different campaigns written at once from 4 threads, half through each node
        String other = "Требуем сохранить сквер у школы номер двенадцать и не строить на его месте торговый центр "
                + "без согласия жителей микрорайона";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<ItemRef, String> letterOf = new ConcurrentHashMap<>();
        List<Future<StoredAssignment>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            AnalysisService node = i % 2 == 0 ? nodeA : nodeB;
            String body = (i % 4 < 2 ? LETTER : other) + " " + i;
            results.add(pool.submit(() -> {
                AnalysableText t = text(scope, body);
                letterOf.put(t.item(), body.startsWith("Мы") ? "tariffs" : "square");
                return node.submit(t);
            }));
        }
        List<StoredAssignment> written = new ArrayList<>();
        for (Future<StoredAssignment> f : results) {
            written.add(f.get());
        }
        pool.shutdown();
        // 40 items pass the refit threshold: a background run renames the campaigns; read them once it is done
        AnalysisWaits.until(
                "the refit to finish", () -> shared.runningRun(scope).isEmpty());
        Map<String, Set<String>> campaignsByLetter = new ConcurrentHashMap<>();
        for (StoredAssignment a : written) {
            campaignsByLetter
                    .computeIfAbsent(letterOf.get(a.item()), k -> ConcurrentHashMap.newKeySet())
                    .add(String.valueOf(nodeA.assignment(a.item()).orElseThrow().campaignKey()));
        }
        assertThat(nodeA.assignments(scope)).hasSize(40);
        assertThat(campaignsByLetter.get("tariffs")).hasSize(1).doesNotContain("null");
        assertThat(campaignsByLetter.get("square")).hasSize(1).doesNotContain("null");
        assertThat(campaignsByLetter.get("tariffs")).doesNotContainAnyElementsOf(campaignsByLetter.get("square"));
        assertThat(jdbc.queryForObject("select items from analysis_scope where scope = ?", Integer.class, scope.key()))
                .isEqualTo(40);
    }

    @Test
    void aRunWhoseNodeDiedIsTakenOverByAnotherNodeAndFinished() throws Exception {
        Scope scope = newScope();
        for (int i = 0; i < 6; i++) {
            nodeA.submit(text(scope, LETTER + " " + i));
        }
        long before = jdbc.queryForObject("select count(*) from analysis_run where scope = ?", Long.class, scope.key());
        // a run left RUNNING by a node that died: its lease ran out a minute ago
        long orphan = jdbc.queryForObject(
                "insert into analysis_run (scope, status, progress, items, started_at, lease_owner, lease_until) "
                        + "values (?, 'RUNNING', 40, 6, ?, 'dead-node', now() - interval '1 minute') returning id",
                Long.class,
                scope.key(),
                Timestamp.from(Instant.now().minusSeconds(120)));
        // a run of another scope whose node is alive is left alone
        Scope busy = newScope();
        long alive = jdbc.queryForObject(
                "insert into analysis_run (scope, status, progress, items, started_at, lease_owner, lease_until) "
                        + "values (?, 'RUNNING', 10, 3, now(), 'live-node', now() + interval '1 minute') returning id",
                Long.class,
                busy.key());

        assertThat(nodeB.takeOverExpiredRuns()).isGreaterThanOrEqualTo(1);
        RunStatus done = AnalysisWaits.finished(nodeB, orphan);

        assertThat(done.status()).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select lease_owner from analysis_run where id = ?", String.class, orphan))
                .isEqualTo(nodeB.node());
        assertThat(jdbc.queryForObject("select attempts from analysis_run where id = ?", Integer.class, orphan))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select model_run from analysis_scope where scope = ?", Long.class, scope.key()))
                .isEqualTo(orphan);
        assertThat(nodeA.campaigns(scope)).hasSize(1);
        assertThat(nodeA.run(alive).orElseThrow().status()).isEqualTo("RUNNING");
        // nothing else was started for the scope: the run was continued, not duplicated
        assertThat(jdbc.queryForObject("select count(*) from analysis_run where scope = ?", Long.class, scope.key()))
                .isEqualTo(before + 1);
        jdbc.update("update analysis_run set status = 'FAILED', finished_at = now() where id = ?", alive);
    }

    @Test
    void aRunInterruptedTooOftenIsGivenUpAndANodeThatLostItsLeaseWritesNothing() throws Exception {
        Scope scope = newScope();
        nodeA.submit(text(scope, LETTER));
        long doomed = jdbc.queryForObject(
                "insert into analysis_run (scope, status, progress, items, started_at, lease_owner, lease_until, attempts)"
                        + " values (?, 'RUNNING', 0, 1, now(), 'dead-node', now() - interval '1 second', ?) returning id",
                Long.class,
                scope.key(),
                AnalysisService.MAX_ATTEMPTS);
        nodeB.takeOverExpiredRuns();
        RunStatus given = nodeB.run(doomed).orElseThrow();
        assertThat(given.status()).isEqualTo("FAILED");
        assertThat(given.error()).contains("interrupted");

        // node A starts a run; node B is presumed to have taken it over (the lease moved): A must not write it
        long run = nodeA.recluster(scope);
        jdbc.update("update analysis_run set lease_owner = 'someone-else' where id = ? and status = 'RUNNING'", run);
        AnalysisWaits.until("node A to stop executing the run", () -> !nodeA.executing(run));
        RunStatus s = nodeA.run(run).orElseThrow();
        // Either the run finished before the lease moved (DONE, written by its owner) or it is still RUNNING for its
        // new owner: never DONE by a node that no longer held it.
        if (s.status().equals("DONE")) {
            assertThat(jdbc.queryForObject("select lease_owner from analysis_run where id = ?", String.class, run))
                    .isEqualTo(nodeA.node());
        } else {
            assertThat(s.status()).isEqualTo("RUNNING");
            Long model = jdbc.queryForObject(
                    "select model_run from analysis_scope where scope = ?", Long.class, scope.key());
            assertThat(model == null || model != run).isTrue();
            assertThat(nodeA.run(run).orElseThrow().finishedAt()).isNull();
            jdbc.update("update analysis_run set status = 'FAILED', finished_at = now() where id = ?", run);
        }
    }

    @Test
    void itemsArrivingDuringAReclusteringArePlacedAgainstItsResult() throws Exception {
        Scope scope = newScope();
        for (int i = 0; i < 300; i++) {
            nodeA.submit(text(scope, "Мнение жителя номер " + i + " о благоустройстве двора и парковке дом " + i));
        }
        for (int i = 0; i < 5; i++) {
            nodeA.submit(text(scope, LETTER + " " + i));
        }
        long run = nodeA.recluster(scope);
        List<StoredAssignment> late = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            late.add(nodeB.submit(text(scope, LETTER + " позже " + i)));
        }
        assertThat(AnalysisWaits.finished(nodeA, run).status()).isEqualTo("DONE");
        String campaign = nodeA.assignment(late.get(0).item()).orElseThrow().campaignKey();
        assertThat(campaign).isNotNull();
        for (StoredAssignment a : late) {
            assertThat(nodeA.assignment(a.item()).orElseThrow().campaignKey()).isEqualTo(campaign);
        }
        // the campaign is a stored (batch) campaign or one the late letters started; either way all 15 letters share it
        long letters = nodeA.assignments(scope).stream()
                .filter(a -> campaign.equals(a.campaignKey()))
                .count();
        assertThat(letters).isEqualTo(15);
    }
}
