package org.pikir.analysis.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pikir.analysis.engine.AnalysisEngine;
import org.pikir.analysis.engine.AnalyzerRegistry;
import org.pikir.analysis.engine.LanguageIdentifier;
import org.pikir.analysis.engine.ScopeAnalysis;
import org.pikir.analysis.engine.TextItem;

/**
 * Online assignment latency with 100,000 items in scope, and batch re-clustering time for 100,000 and
 * 1,000,000 synthetic items. Run with -Xmx2g: the heap limit is part of the target.
 */
public final class ScaleBenchmark {

    public static void main(String[] args) {
        int big = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        LanguageIdentifier id = LanguageIdentifier.createDefault();
        AnalysisEngine engine = new AnalysisEngine(id, new AnalyzerRegistry());
        System.out.printf(
                Locale.ROOT,
                "### Scale (synthetic items from bench/SyntheticCorpus; heap limit %d MB; %d cores)%n%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());

        List<TextItem> scope = SyntheticCorpus.generate(100_000, 1);
        long t0 = System.nanoTime();
        long c0 = cpu();
        ScopeAnalysis analysis = engine.analyze(scope, true, p -> {});
        double batch100k = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "- batch re-clustering, 100,000 items (language + campaigns + topics + online index): **%.1f s** wall, %.1f s CPU (≤ 60 s); %d campaigns, %d topics; load average at end %.1f%n",
                batch100k,
                (cpu() - c0) / 1e9,
                analysis.campaigns().size(),
                analysis.topics().size(),
                load());
        List<TextItem> fresh = SyntheticCorpus.generate(2_000, 2).stream()
                .map(t -> new TextItem("new-" + t.id(), t.text(), t.createdAt()))
                .toList();
        for (TextItem t : fresh.subList(0, 200)) {
            analysis.index().assign(t); // warm-up
        }
        long[] nanos = new long[fresh.size() - 200];
        for (int i = 200; i < fresh.size(); i++) {
            long s = System.nanoTime();
            analysis.index().assign(fresh.get(i));
            nanos[i - 200] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "- online assignment with 100,000 items in scope (language + campaign + topic): p50 %.2f ms, **p95 %.2f ms** (≤ 50 ms), max %.2f ms%n",
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
        analysis = null;
        scope = null;
        System.gc();

        List<TextItem> large = SyntheticCorpus.generate(big, 3);
        t0 = System.nanoTime();
        c0 = cpu();
        long[] stageStart = {System.nanoTime()};
        int[] nextMark = {0};
        int[] marks = {30, 60, 90, 100};
        StringBuilder stages = new StringBuilder();
        ScopeAnalysis result = engine.analyze(large, false, p -> {
            // Progress now moves within stages; report the time each stage took (its end mark reached).
            long now = System.nanoTime();
            while (nextMark[0] < marks.length && p >= marks[nextMark[0]]) {
                stages.append(
                        String.format(Locale.ROOT, " →%d%% %.1fs", marks[nextMark[0]], (now - stageStart[0]) / 1e9));
                stageStart[0] = now;
                nextMark[0]++;
            }
        });
        double batchBig = (System.nanoTime() - t0) / 1e9;
        System.gc();
        System.out.printf(
                Locale.ROOT,
                "- batch re-clustering, %,d items: **%.1f s** wall, %.1f s CPU (≤ 600 s for 1,000,000); %d campaigns, %d topics; peak heap used %d MB; load average at end %.1f%n",
                big,
                batchBig,
                (cpu() - c0) / 1e9,
                result.campaigns().size(),
                result.topics().size(),
                peakHeapMb(),
                load());
        System.out.println("  stages (languages 30%, campaigns 60%, topics 90%, assignments 100%):" + stages + "\n");
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The machine is shared; a high load average explains wall times far above CPU/2. */
    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
