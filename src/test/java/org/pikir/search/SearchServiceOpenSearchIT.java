package org.pikir.search;

import org.springframework.test.context.ContextConfiguration;

/**
 * {@link SearchServiceIntegrationTest} on a real OpenSearch node: the query side (Kazakh, Russian and English stemming,
 * Uzbek normalisation, function words, filters, paging, counting, snippets, validation), with text pre-analysed by our
 * analyzers and every update going through the outbox (profile {@code opensearch}). The OpenSearch tests share one application context.
 */
@ContextConfiguration(initializers = OpenSearchTestNode.Initializer.class)
class SearchServiceOpenSearchIT extends SearchServiceIntegrationTest {}
