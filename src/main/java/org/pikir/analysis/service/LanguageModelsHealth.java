package org.pikir.analysis.service;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the language models ({@code /actuator/health/readiness} includes it as "languageModels"): a load
 * balancer sends no citizen to a node whose models are still loading. Named by the bean name.
 */
@Component("languageModels")
class LanguageModelsHealth implements HealthIndicator {

    private final AnalysisEngineHolder engine;

    LanguageModelsHealth(AnalysisEngineHolder engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        if (engine.ready()) {
            return Health.up()
                    .withDetail("loadMillis", engine.loadTime().toMillis())
                    .build();
        }
        return engine.failed() ? Health.down().build() : Health.outOfService().build();
    }
}
