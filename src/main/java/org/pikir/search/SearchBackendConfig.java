package org.pikir.search;

import java.util.Map;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * @param synchronousIndexing tests only: with the local index, a commit returns once its documents are searchable
     *     (outbox-polling is asynchronous by design, so there tests wait for the outbox instead)
     */
    @Bean
    HibernatePropertiesCustomizer searchBackendProperties(
            SearchBackend backend, @Value("${pikir.search.synchronous-indexing:false}") boolean synchronousIndexing) {
        return properties -> configure(properties, backend, synchronousIndexing);
    }

    static void configure(Map<String, Object> properties, SearchBackend backend, boolean synchronousIndexing) {
        properties.put(PREFIX + "mapping.configurer", new SearchTextMapping(backend.openSearch()));
        if (!backend.openSearch()) {
            if (synchronousIndexing) {
                properties.put(PREFIX + "indexing.plan.synchronization.strategy", "sync");
            }
            return;
        }
        // Boot passes spring.jpa.properties.* on as well, so the Lucene settings of application.properties stay in the
        // map (Hibernate Search logs them as unused); the ones below replace theirs.
        properties.put(PREFIX + "backend.type", "elasticsearch");
        properties.put(PREFIX + "backend.uris", backend.url());
        properties.put(PREFIX + "backend.analysis.configurer", new PreAnalysedText.AnalysisConfigurer());
        properties.put(PREFIX + "coordination.strategy", "outbox-polling");
        if (!backend.indexPrefix().isEmpty()) {
            properties.put(PREFIX + "backend.layout.strategy", new PrefixedIndexLayout(backend.indexPrefix()));
        }
    }

    /** Hibernate Search's default layout (index {@code name-000001}, aliases {@code name-write}/{@code name-read}), prefixed. */
    record PrefixedIndexLayout(String prefix) implements IndexLayoutStrategy {

        @Override
        public String createInitialElasticsearchIndexName(String index) {
            return prefix + index + "-000001";
        }

        @Override
        public String createWriteAlias(String index) {
            return prefix + index + "-write";
        }

        @Override
        public String createReadAlias(String index) {
            return prefix + index + "-read";
        }
    }
}
