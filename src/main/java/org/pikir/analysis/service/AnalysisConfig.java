package org.pikir.analysis.service;

import org.pikir.analysis.engine.AnalyzerRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java engine's shared parts into Spring. */
@Configuration(proxyBeanMethods = false)
class AnalysisConfig {

    @Bean
    AnalyzerRegistry analyzerRegistry() {
        return new AnalyzerRegistry();
    }
}
