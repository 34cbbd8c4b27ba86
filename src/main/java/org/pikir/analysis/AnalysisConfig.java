package org.pikir.analysis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java engine into Spring. */
@Configuration(proxyBeanMethods = false)
class AnalysisConfig {

    @Bean
    AnalyzerRegistry analyzerRegistry() {
        return new AnalyzerRegistry();
    }

    /**
     * Lingua's models take ~300 MB and seconds to load; loading on first use keeps application start
     * and test contexts that never analyse anything fast.
     */
    @Bean
    LazyEngine lazyEngine(AnalyzerRegistry analyzers) {
        return new LazyEngine(analyzers);
    }

    /** The engine, built on first use. */
    static final class LazyEngine {
        private final AnalyzerRegistry analyzers;
        private volatile AnalysisEngine engine;

        LazyEngine(AnalyzerRegistry analyzers) {
            this.analyzers = analyzers;
        }

        AnalysisEngine get() {
            AnalysisEngine e = engine;
            if (e == null) {
                synchronized (this) {
                    if (engine == null) {
                        engine = new AnalysisEngine(LanguageIdentifier.createDefault(), analyzers);
                    }
                    e = engine;
                }
            }
            return e;
        }
    }
}
