/**
 * Analysis: language identification, per-language Lucene analysis, form-letter campaigns and topics.
 *
 * <h2>Public API (this package)</h2>
 * <ul>
 *   <li>{@link org.pikir.analysis.AnalysisService} (Spring): {@code detect(text)} for any module;
 *       {@code submit(AnalysableText)} to analyse and store one submission; {@code recluster(scope)} to
 *       re-cluster a scope in the background ({@code run(id)} shows progress); {@code rebuildAll()}.</li>
 *   <li>{@link org.pikir.analysis.service.AppealClusterService} (Spring): an agency's officials get the campaigns
 *       and topics of the appeals their agency handles now (which ones is the appeal module's decision,
 *       {@code AppealInboxService.handledByMyAgency}); shown by {@code ui.AppealClustersView}.</li>
 *   <li>Plain Java, usable without Spring: {@link org.pikir.analysis.engine.LanguageIdentifier},
 *       {@link org.pikir.analysis.engine.TextNormalizer}, {@link org.pikir.analysis.engine.AnalyzerRegistry},
 *       {@link org.pikir.analysis.engine.CampaignDetector}, {@link org.pikir.analysis.engine.TopicClusterer},
 *       {@link org.pikir.analysis.engine.AnalysisEngine} and their value records.</li>
 *   <li>{@link org.pikir.analysis.OpinionGroups} (plain Java): opinion groups of agree/disagree/pass votes
 *       (Polis-style PCA and k-means, distinguishing and consensus statements); internals in
 *       {@code cluster.OpinionClustering}.</li>
 * </ul>
 *
 * <h2>How other modules feed analysis</h2>
 * Publish an event inside the transaction that stores the submission (e.g.
 * {@code consultation.CommentSubmitted}, {@code appeal.AppealSubmitted}); {@code service.SubmissionListener}
 * handles it after commit and off the request thread, mapping it to an {@link org.pikir.analysis.AnalysableText}
 * with a scope ("consultation:&lt;draftId&gt;", "agency:&lt;agencyId&gt;"). A module without an event may call
 * {@code AnalysisService.submit} directly, also after its commit. Analysis never writes into other modules'
 * tables; results live in {@code analysis_item}, {@code analysis_campaign}, {@code analysis_topic} and
 * {@code analysis_run} (migration V400) and can be rebuilt from the stored texts at any time.
 *
 * <p>Sub-packages: {@code langid} (n-gram profiles, Lingua subset), {@code lucene} (analyzers),
 * {@code cluster} (MinHash/LSH, k-means, labels), {@code cli} (the {@code langid}/{@code analyze} commands),
 * {@code service} (Spring/JDBC glue; the only place besides this package's *Service/*Config classes that may
 * use Spring).
 */
package org.pikir.analysis;
