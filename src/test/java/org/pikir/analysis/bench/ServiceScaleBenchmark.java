package org.pikir.analysis.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.pikir.analysis.AnalysableText;
import org.pikir.analysis.AnalysisRecords.RunStatus;
import org.pikir.analysis.AnalysisService;
import org.pikir.analysis.ItemRef;
import org.pikir.analysis.Scope;
import org.pikir.analysis.ServiceHarness;
import org.pikir.analysis.engine.AnalyzerRegistry;
import org.pikir.analysis.engine.TextItem;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real batch path — {@code AnalysisService.recluster}: stream the scope from PostgreSQL, analyse, write
 * every assignment back, with progress in {@code analysis_run} — for scopes of the sizes given (default
 * 100,000 and 1,000,000 synthetic items), then online submissions into the 100,000-item scope.
 *
 * <p>Runs against a throwaway database ({@code pikir_bench_batch}, created and migrated here) on the local
 * PostgreSQL ({@code -Dbench.db=jdbc:postgresql://127.0.0.1:5432/pikir_bench_batch}, user postgres, trust auth).
 * Scope texts are inserted once and reused by later runs. Run with -Xmx2g: the heap limit is part of the target.
 */
public final class ServiceScaleBenchmark {

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/pikir_bench_batch");
        String user = System.getProperty("bench.user", "postgres");
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100000,1000000").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        createDatabase(url, user);
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setUsername(user);
        cfg.setMaximumPoolSize(4);
        try (HikariDataSource ds = new HikariDataSource(cfg)) {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            for (int n : sizes) {
                populate(jdbc, ds, scope(n), n);
            }
            System.gc();
            AnalysisService service = ServiceHarness.service(ds, new AnalyzerRegistry());
            ServiceHarness.detector().detect("warm-up: load the language models before anything is timed");
            System.out.printf(
                    Locale.ROOT,
                    "### Service path: AnalysisService.recluster against PostgreSQL (heap limit %d MB; %d cores)%n%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    Runtime.getRuntime().availableProcessors());
            for (int n : sizes) {
                System.gc();
                measure(service, jdbc, scope(n), n, "first run");
                if (n <= 100_000) {
                    measure(service, jdbc, scope(n), n, "re-run, nothing changed");
                    online(service, n);
                }
            }
        }
    }

    private static Scope scope(int n) {
        return Scope.of("bench", n);
    }

    private static void measure(AnalysisService service, JdbcTemplate jdbc, Scope scopeRef, int n, String what)
            throws InterruptedException {
        String scope = scopeRef.key();
        resetPeaks();
        double load0 = load();
        long t0 = System.nanoTime();
        long c0 = cpu();
        long run = service.recluster(scopeRef);
        List<double[]> samples = new ArrayList<>(); // seconds, progress
        RunStatus s;
        do {
            Thread.sleep(500);
            s = service.run(run).orElseThrow();
            samples.add(new double[] {(System.nanoTime() - t0) / 1e9, s.progress()});
        } while (s.running());
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpu() - c0) / 1e9;
        double longestStill = 0;
        double since = 0;
        double last = -1;
        for (double[] p : samples) {
            if (p[1] != last) {
                last = p[1];
                since = p[0];
            }
            longestStill = Math.max(longestStill, p[0] - since);
        }
        Integer changed = jdbc.queryForObject(
                "select count(*) from analysis_item where scope = ? and analysed_at >= "
                        + "(select started_at from analysis_run where id = ?)",
                Integer.class,
                scope,
                run);
        System.out.printf(
                Locale.ROOT,
                "- %,d items, %s: **%.1f s** wall, %.1f s CPU; status %s; peak heap used %d MB; "
                        + "longest time without a progress change %.1f s; rows rewritten %,d; load average %.1f at start, %.1f at end%n",
                n,
                what,
                wall,
                cpu,
                s.status() + (s.error() != null ? " (" + s.error() + ")" : ""),
                peakHeapMb(),
                longestStill,
                changed,
                load0,
                load());
        System.out.println("  progress reached: " + milestones(samples, 5, 30, 60, 90, 100));
    }

    private static String milestones(List<double[]> samples, int... marks) {
        StringBuilder sb = new StringBuilder();
        for (int m : marks) {
            samples.stream()
                    .filter(p -> p[1] >= m)
                    .findFirst()
                    .ifPresent(p -> sb.append(String.format(Locale.ROOT, "%d%% at %.0f s; ", m, p[0])));
        }
        return sb.toString().trim();
    }

    /** New submissions into the scope through the service (language, campaign, topic, stored row). */
    private static void online(AnalysisService service, int n) {
        List<TextItem> fresh = SyntheticCorpus.generate(1_200, 2);
        long[] nanos = new long[1_000];
        for (int i = 0; i < fresh.size(); i++) {
            TextItem t = fresh.get(i);
            long s = System.nanoTime();
            service.submit(new AnalysableText(
                    new ItemRef("bench", "new-" + n + "-" + System.nanoTime()),
                    scope(n),
                    t.text(),
                    ServiceHarness.detector().detect(t.text()),
                    Instant.now()));
            if (i >= 200) {
                nanos[i - 200] = System.nanoTime() - s;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "- online submit into the %,d-item scope (language + campaign + topic + stored row): "
                        + "p50 %.2f ms, **p95 %.2f ms** (≤ 50 ms), max %.2f ms%n",
                n,
                nanos[500] / 1e6,
                nanos[950] / 1e6,
                nanos[999] / 1e6);
    }

    /** Inserts n synthetic items into the scope with COPY, unless it already holds exactly those. */
    private static void populate(JdbcTemplate jdbc, HikariDataSource ds, Scope scopeRef, int n) throws Exception {
        String scope = scopeRef.key();
        jdbc.update("delete from analysis_item where scope = ? and item_kind = 'bench'", scope);
        // Item ids are unique across scopes (the key is kind + id): each scope's ids carry its size.
        String prefix = n + "-";
        Integer have = jdbc.queryForObject(
                "select count(*) from analysis_item where scope = ? and item_id like ?",
                Integer.class,
                scope,
                prefix + "%");
        Integer all = jdbc.queryForObject("select count(*) from analysis_item where scope = ?", Integer.class, scope);
        if (have == n && all == n) {
            return;
        }
        jdbc.update("delete from analysis_item where scope = ?", scope);
        List<TextItem> items = SyntheticCorpus.generate(n, 3);
        String now = Timestamp.from(Instant.now()).toString();
        try (Connection c = ds.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < n; from += 50_000) {
                StringBuilder sb = new StringBuilder();
                for (TextItem t : items.subList(from, Math.min(n, from + 50_000))) {
                    sb.append("comment\t")
                            .append(prefix)
                            .append(t.id())
                            .append('\t')
                            .append(scope)
                            .append('\t')
                            .append(t.text()
                                    .replace("\\", "\\\\")
                                    .replace("\t", " ")
                                    .replace("\n", " "))
                            .append('\t')
                            .append(Timestamp.from(t.createdAt()))
                            .append("\tund\t0\tf\t\\N\t\\N\t")
                            .append(now)
                            .append('\n');
                }
                copy.copyIn(
                        "copy analysis_item (item_kind, item_id, scope, body, created_at, lang, lang_confidence, mixed, "
                                + "campaign_key, topic_key, analysed_at) from stdin",
                        new StringReader(sb.toString()));
            }
        }
        jdbc.execute("analyze analysis_item");
    }

    private static void createDatabase(String url, String user) throws Exception {
        String name = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, user, null)) {
            var rs = c.createStatement().executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                c.createStatement().execute("create database " + name);
            }
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
