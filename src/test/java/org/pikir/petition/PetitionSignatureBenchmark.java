package org.pikir.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (the name keeps it out of Surefire's default run): a burst of signatures on one
 * petition through {@link PetitionService#sign}, from many concurrent "sessions" (threads, each signed in as
 * a different verified citizen), plus duplicate attempts. Run with bench/petition-signatures.sh; the figures
 * go to target/bench/petition-signatures.txt and docs/benchmarks.md.
 */
@IntegrationTest
class PetitionSignatureBenchmark {

    private static final int SIGNERS = Integer.getInteger("pikir.bench.signers", 10_000);
    private static final int WARMUP = Integer.getInteger("pikir.bench.warmup", 1_500);
    private static final int SESSIONS = Integer.getInteger("pikir.bench.sessions", 32);
    /** Every n-th signer also tries to sign a second time (must be refused, never counted). */
    private static final int DUPLICATE_EVERY = 10;

    @Autowired
    PetitionService petitions;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    BulkSigners bulk;

    @Autowired
    SignatureLedger ledger;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /**
     * CPU time of this JVM and of the PostgreSQL server's processes (children of the postmaster), read from
     * /proc, so the cost per signature can be separated from the load other processes put on the machine.
     */
    private static final class CpuMeter {
        private final long postmaster;
        private final long jvmStart;
        private final double pgStart;

        CpuMeter(org.springframework.jdbc.core.JdbcTemplate jdbc) throws java.io.IOException {
            Integer backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
            this.postmaster = Long.parseLong(stat(backend)[3]);
            this.jvmStart = ((com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            this.pgStart = postgresSeconds();
        }

        double[] elapsed() throws java.io.IOException {
            long jvm = ((com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new double[] {(jvm - jvmStart) / 1e9, postgresSeconds() - pgStart};
        }

        // utime + stime of the postmaster and its live children, plus what finished children left (cutime, cstime)
        private double postgresSeconds() throws java.io.IOException {
            long ticks = 0;
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    long pid = Long.parseLong(dir.getFileName().toString());
                    String[] f;
                    try {
                        f = stat(pid);
                    } catch (java.io.IOException e) {
                        continue;
                    }
                    if (pid == postmaster) {
                        ticks += Long.parseLong(f[13])
                                + Long.parseLong(f[14])
                                + Long.parseLong(f[15])
                                + Long.parseLong(f[16]);
                    } else if (Long.parseLong(f[3]) == postmaster) {
                        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    }
                }
            }
            return ticks / 100.0;
        }

        // Fields after the command name, which is in parentheses and may contain spaces; index 0 = pid.
        private static String[] stat(long pid) throws java.io.IOException {
            String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String rest = s.substring(s.lastIndexOf(')') + 2);
            String[] parts = rest.split(" ");
            String[] fields = new String[parts.length + 2];
            fields[0] = Long.toString(pid);
            fields[1] = "comm";
            System.arraycopy(parts, 0, fields, 2, parts.length);
            return fields;
        }
    }

    @Test
    void burstOfSignaturesOnOnePetition() throws Exception {
        long agencyId = fixtures.agency(CountryCode.KZ, AgencyKind.GOVERNMENT).getId();
        String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> bulk.create(prefix, "bench.pikir", "KZ", SIGNERS + WARMUP, Instant.now()));
        List<PikirUser> users = IntStream.range(0, SIGNERS + WARMUP)
                .mapToObj(i -> accounts.load(prefix + "-" + i + "@bench.pikir"))
                .toList();

        long warm = fixtures.collecting(CountryCode.KZ, agencyId, "Benchmark warm-up petition", WARMUP * 10);
        run(warm, users.subList(SIGNERS, SIGNERS + WARMUP));

        // The threshold equals the burst size, so the threshold transition and notification happen inside it.
        long id = fixtures.collecting(CountryCode.KZ, agencyId, "Benchmark burst petition", SIGNERS);
        CpuMeter cpu = new CpuMeter(jdbc);
        Result r = run(id, users.subList(0, SIGNERS));
        double[] cpuSeconds = cpu.elapsed();
        // The last signers race for the threshold; the after-commit recheck settles it on its own thread.
        for (int i = 0; i < 300 && petitions.details(id).petition().getStatus() == PetitionStatus.COLLECTING; i++) {
            Thread.sleep(100);
        }

        long rows = ledger.countRows(id);
        long shown = petitions.details(id).signatures();
        double seconds = r.nanos / 1e9;
        String report = String.format(
                java.util.Locale.ROOT,
                """
                petition signature burst (service layer, %d concurrent sessions, %d cores available)
                signers: %d, duplicate attempts: %d, warm-up signatures before: %d
                wall time: %.2f s, accepted: %d, refused duplicates: %d, other errors: %d
                throughput: %.0f signatures/s (accepted / wall time)
                latency per sign call: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
                rows in petition_signature: %d, count shown (tally sum): %d, status: %s
                CPU used during the burst: JVM %.1f s, PostgreSQL backends %.1f s, machine load average %s
                CPU cost per signature: %.2f ms JVM + %.2f ms PostgreSQL = %.2f ms
                estimate for 2 dedicated cores: %.0f signatures/s (2 000 ms / cost per signature)
                """,
                SESSIONS,
                Runtime.getRuntime().availableProcessors(),
                SIGNERS,
                r.duplicateAttempts,
                WARMUP,
                seconds,
                r.accepted.get(),
                r.refused.get(),
                r.errors.size(),
                r.accepted.get() / seconds,
                r.percentile(50),
                r.percentile(95),
                r.percentile(99),
                r.percentile(100),
                rows,
                shown,
                petitions.details(id).petition().getStatus(),
                cpuSeconds[0],
                cpuSeconds[1],
                loadAverage(),
                cpuSeconds[0] * 1000 / SIGNERS,
                cpuSeconds[1] * 1000 / SIGNERS,
                (cpuSeconds[0] + cpuSeconds[1]) * 1000 / SIGNERS,
                2000 / ((cpuSeconds[0] + cpuSeconds[1]) * 1000 / SIGNERS));
        System.out.println(report);
        Path out = Path.of("target", "bench", "petition-signatures.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(r.errors).isEmpty();
        assertThat(r.accepted.get()).isEqualTo(SIGNERS);
        assertThat(r.refused.get()).isEqualTo(r.duplicateAttempts);
        assertThat(rows).isEqualTo(SIGNERS);
        assertThat(shown).isEqualTo(SIGNERS);
    }

    private Result run(long petitionId, List<PikirUser> signers) throws InterruptedException {
        List<PikirUser> attempts = new ArrayList<>(signers);
        for (int i = 0; i < signers.size(); i += DUPLICATE_EVERY) {
            attempts.add(signers.get(i));
        }
        java.util.Collections.shuffle(attempts, new java.util.Random(42));
        Result result = new Result(attempts.size(), attempts.size() - signers.size());
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        for (int t = 0; t < SESSIONS; t++) {
            pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < attempts.size(); i = next.getAndIncrement()) {
                    PikirUser user = attempts.get(i);
                    long began = System.nanoTime();
                    try {
                        TestUsers.as(user, () -> petitions.sign(petitionId));
                        result.accepted.incrementAndGet();
                    } catch (DomainException e) {
                        if ("petition.sign.already".equals(e.messageKey())) {
                            result.refused.incrementAndGet();
                        } else {
                            result.errors.add(e);
                        }
                    } catch (RuntimeException e) {
                        result.errors.add(e);
                    }
                    result.latencies[i] = System.nanoTime() - began;
                }
                return null;
            });
        }
        long began = System.nanoTime();
        start.countDown();
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        result.nanos = System.nanoTime() - began;
        return result;
    }

    private static final class Result {
        final long[] latencies;
        final int duplicateAttempts;
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        long nanos;

        Result(int attempts, int duplicateAttempts) {
            this.latencies = new long[attempts];
            this.duplicateAttempts = duplicateAttempts;
        }

        double percentile(int p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }
}
