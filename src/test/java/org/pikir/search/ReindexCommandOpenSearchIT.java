package org.pikir.search;

import org.springframework.test.context.ContextConfiguration;

/**
 * {@link ReindexCommandTest} on a real OpenSearch node: the reindex command and the administrators' background rebuild (mass indexing into OpenSearch), with text pre-analysed by our analyzers and every update going
 * through the outbox (profile {@code opensearch}). The OpenSearch tests share one application context.
 */
@ContextConfiguration(initializers = OpenSearchTestNode.Initializer.class)
class ReindexCommandOpenSearchIT extends ReindexCommandTest {}
