package org.pikir.analysis;

/**
 * The engine placed a submission: published in the transaction that stores the result (the first analysis, or
 * a change of campaign or topic). Features that show results can listen with {@code @ApplicationModuleListener}
 * or simply query {@link AnalysisService}.
 */
public record ItemAnalysed(ItemRef item, Scope scope, String campaignKey, String topicKey) {}
