package org.pikir.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The analysis pipeline for one scope: language of every item, form-letter campaigns, then topics over
 * the items outside campaigns plus one template per campaign (a 5,000-letter campaign is one voice in the
 * topic picture, not 5,000). Pure Java; the Spring service wraps it.
 */
public final class AnalysisEngine {

  private final LanguageIdentifier identifier;
  private final AnalyzerRegistry analyzers;
  private final CampaignDetector.Settings campaignSettings;
  private final TopicClusterer.Settings topicSettings;

  public AnalysisEngine(LanguageIdentifier identifier, AnalyzerRegistry analyzers) {
    this(identifier, analyzers, CampaignDetector.Settings.defaults(), TopicClusterer.Settings.defaults());
  }

  public AnalysisEngine(LanguageIdentifier identifier, AnalyzerRegistry analyzers,
      CampaignDetector.Settings campaignSettings, TopicClusterer.Settings topicSettings) {
    this.identifier = identifier;
    this.analyzers = analyzers;
    this.campaignSettings = campaignSettings;
    this.topicSettings = topicSettings;
  }

  public LanguageIdentifier identifier() {
    return identifier;
  }

  /**
   * Analyses a whole scope. {@code progress} receives 0–100 as the stages complete. With
   * {@code buildIndex} the result carries a {@link ScopeIndex} for online assignment (about 400 bytes per
   * item); batch-only callers skip it.
   */
  public ScopeAnalysis analyze(List<TextItem> items, boolean buildIndex, IntConsumer progress) {
    progress.accept(0);
    // Form letters repeat the same text thousands of times: detect each distinct text once.
    Map<String, DetectedLanguage> byText = new java.util.concurrent.ConcurrentHashMap<>();
    items.stream().map(TextItem::text).distinct().toList().parallelStream()
        .forEach(t -> byText.put(t, identifier.detect(t)));
    DetectedLanguage[] langs = new DetectedLanguage[items.size()];
    for (int i = 0; i < items.size(); i++) {
      langs[i] = byText.get(items.get(i).text());
    }
    progress.accept(30);
    CampaignDetector.Result campaigns = new CampaignDetector(campaignSettings).detect(items);
    progress.accept(60);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i).id(), i);
    }
    List<TopicClusterer.Document> docs = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!campaigns.campaignByItem().containsKey(items.get(i).id())) {
        docs.add(new TopicClusterer.Document(items.get(i).id(), items.get(i).text(), langs[i].lang()));
      }
    }
    for (Campaign c : campaigns.campaigns()) {
      int t = index.get(c.templateItemId());
      docs.add(new TopicClusterer.Document(c.templateItemId(), c.template(), langs[t].lang()));
    }
    TopicModel topics = new TopicClusterer(analyzers, topicSettings).fit(docs);
    progress.accept(90);
    Map<String, String> topicOfCampaign = new HashMap<>();
    for (Campaign c : campaigns.campaigns()) {
      topicOfCampaign.put(c.id(), topics.topicByItem().get(c.templateItemId()));
    }
    ScopeIndex scopeIndex = buildIndex ? new ScopeIndex(identifier, campaignSettings, topics, items.size()) : null;
    List<Assignment> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      TextItem it = items.get(i);
      String campaign = campaigns.campaignByItem().get(it.id());
      String topic = campaign != null ? topicOfCampaign.get(campaign) : topics.topicByItem().get(it.id());
      out.add(new Assignment(it.id(), langs[i], campaign, topic));
      if (scopeIndex != null) {
        scopeIndex.add(it.id(), it.text(), campaign, topic);
      }
    }
    progress.accept(100);
    return new ScopeAnalysis(out, campaigns.campaigns(), topics.topics(), scopeIndex);
  }

  /** Analyses a scope and builds its online index, without progress reports. */
  public ScopeAnalysis analyze(List<TextItem> items) {
    return analyze(items, true, p -> {});
  }
}
