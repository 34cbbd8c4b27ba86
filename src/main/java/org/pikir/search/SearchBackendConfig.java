package org.pikir.search;

import java.util.Map;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the Hibernate Search backend. application.properties configures the local Lucene index (one node, nothing
 * else to run); when {@link SearchBackend#openSearch()} the same mapping goes to OpenSearch instead:
 *
 * <ul>
 *   <li>backend {@code elasticsearch} at {@code PIKIR_SEARCH_URL} (OpenSearch 2.x/3.x speak its API);
 *   <li>coordination {@code outbox-polling}: a transaction that changes a {@link SearchDocument} also writes an
 *       event row into {@code hsearch_outbox_event} (Flyway V710), and background processors on the nodes (each
 *       owns a share of the events, registered in {@code hsearch_agent}) apply them to the index and delete them.
 *       A node that dies before or during indexing loses nothing: its events stay in the table and another node
 *       takes over its share; an event re-applied after a crash re-reads the row, so it cannot duplicate a document
 *       (the document id is the row id);
 *   <li>the text fields hold text analysed here, by our own analyzers ({@link SearchTextMapping}).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfig {

    private static final String PREFIX = "hibernate.search.";

    @Bean
    HibernatePropertiesCustomizer searchBackendProperties(SearchBackend backend) {
        return properties -> configure(properties, backend);
    }

    static void configure(Map<String, Object> properties, SearchBackend backend) {
        properties.put(PREFIX + "mapping.configurer", new SearchTextMapping(backend.openSearch()));
        if (!backend.openSearch()) {
            return;
        }
        // Lucene-only settings would be reported as unused.
        properties
                .keySet()
                .removeIf(k -> k.startsWith(PREFIX + "backend.directory.")
                        || k.startsWith(PREFIX + "backend.io.")
                        || k.equals(PREFIX + "indexing.plan.synchronization.strategy"));
        properties.put(PREFIX + "backend.type", "elasticsearch");
        properties.put(PREFIX + "backend.uris", backend.url());
        properties.put(PREFIX + "backend.analysis.configurer", new PreAnalysedText.AnalysisConfigurer());
        properties.put(PREFIX + "coordination.strategy", "outbox-polling");
    }
}
