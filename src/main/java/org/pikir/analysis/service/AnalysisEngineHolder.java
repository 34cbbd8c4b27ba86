package org.pikir.analysis.service;

import jakarta.annotation.PostConstruct;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.LanguageDetector;
import org.pikir.analysis.engine.AnalysisEngine;
import org.pikir.analysis.engine.AnalyzerRegistry;
import org.pikir.analysis.engine.LanguageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine and its models (n-gram profiles and Lingua's, about 300 MB), loaded in a background thread as the
 * application starts, so that no citizen request pays for the load; readiness ({@code LanguageModelsHealth})
 * stays OUT_OF_SERVICE until they are in memory. A caller that comes earlier (only possible without a load
 * balancer gating on readiness) waits for the load rather than getting a different detector's answer.
 */
@Component
public class AnalysisEngineHolder implements LanguageDetector {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisEngineHolder.class);

    private final AnalyzerRegistry analyzers;
    private final CompletableFuture<AnalysisEngine> engine = new CompletableFuture<>();
    private volatile Duration loadTime;

    AnalysisEngineHolder(AnalyzerRegistry analyzers) {
        this.analyzers = analyzers;
    }

    /** A holder outside Spring (benchmarks, tools) that starts loading at once. */
    public static AnalysisEngineHolder loading(AnalyzerRegistry analyzers) {
        AnalysisEngineHolder holder = new AnalysisEngineHolder(analyzers);
        holder.startLoading();
        return holder;
    }

    @PostConstruct
    void startLoading() {
        Thread loader = new Thread(this::load, "analysis-models");
        loader.setDaemon(true);
        loader.setPriority(Thread.NORM_PRIORITY - 1);
        loader.start();
    }

    private void load() {
        long start = System.nanoTime();
        try {
            AnalysisEngine e = new AnalysisEngine(LanguageIdentifier.createDefault(), analyzers);
            loadTime = Duration.ofNanos(System.nanoTime() - start);
            engine.complete(e);
            Runtime rt = Runtime.getRuntime();
            LOG.info(
                    "language models loaded in {} ms (heap used {} MB)",
                    loadTime.toMillis(),
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        } catch (RuntimeException | Error e) {
            LOG.error("language models failed to load; analysis is unavailable", e);
            engine.completeExceptionally(e);
        }
    }

    /** The engine, waiting for the models if they are still loading. */
    public AnalysisEngine get() {
        try {
            return engine.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the language models load", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("language models failed to load", e.getCause());
        }
    }

    @Override
    public DetectedLanguage detect(String text) {
        return get().identifier().detect(text);
    }

    @Override
    public boolean ready() {
        return engine.isDone() && !engine.isCompletedExceptionally();
    }

    /** True when loading failed (readiness DOWN rather than OUT_OF_SERVICE). */
    boolean failed() {
        return engine.isCompletedExceptionally();
    }

    /** How long the load took, or null while loading. */
    Duration loadTime() {
        return loadTime;
    }
}
