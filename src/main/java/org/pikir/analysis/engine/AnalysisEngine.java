package org.pikir.analysis.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.cluster.TopicDocument;

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

    public AnalysisEngine(
            LanguageIdentifier identifier,
            AnalyzerRegistry analyzers,
            CampaignDetector.Settings campaignSettings,
            TopicClusterer.Settings topicSettings) {
        this.identifier = identifier;
        this.analyzers = analyzers;
        this.campaignSettings = campaignSettings;
        this.topicSettings = topicSettings;
    }

    public LanguageIdentifier identifier() {
        return identifier;
    }

    /**
     * Analyses a whole scope. {@code progress} receives 0–100, increasing, often enough that a long stage
     * never looks stuck (languages 0–30, campaigns 30–60, topics 60–90, assignments 90–100); it may be
     * called from worker threads. With {@code buildIndex} the result carries a {@link ScopeIndex} for online
     * assignment (about 400 bytes per item); batch-only callers skip it.
     */
    public ScopeAnalysis analyze(List<TextItem> items, boolean buildIndex, IntConsumer progress) {
        Progress p = new Progress(progress);
        p.report(0);
        DetectedLanguage[] langs = detectLanguages(items, share -> p.report((int) (30 * share)));
        p.report(30);
        int[][] shingles = buildIndex ? new int[items.size()][] : null;
        CampaignDetector.Result campaigns = new CampaignDetector(campaignSettings)
                .detect(items, share -> p.report(30 + (int) (30 * share)), shingles);
        p.report(60);
        Map<String, Integer> templateIndex = new HashMap<>();
        for (Campaign c : campaigns.campaigns()) {
            templateIndex.put(c.templateItemId(), -1);
        }
        List<TopicDocument> docs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            TextItem it = items.get(i);
            templateIndex.replace(it.id(), i);
            if (!campaigns.campaignByItem().containsKey(it.id())) {
                docs.add(new TopicDocument(it.id(), it.text(), langs[i].lang()));
            }
        }
        for (Campaign c : campaigns.campaigns()) {
            int t = templateIndex.get(c.templateItemId());
            docs.add(new TopicDocument(c.templateItemId(), c.template(), langs[t].lang()));
        }
        TopicModel topics =
                new TopicClusterer(analyzers, topicSettings).fit(docs, share -> p.report(60 + (int) (30 * share)));
        docs = null;
        p.report(90);
        Map<String, String> topicOfCampaign = new HashMap<>();
        for (Campaign c : campaigns.campaigns()) {
            topicOfCampaign.put(c.id(), topics.topicByItem().get(c.templateItemId()));
        }
        ScopeIndex scopeIndex =
                buildIndex ? ScopeIndex.inMemory(identifier, campaignSettings, topics, items.size()) : null;
        List<Assignment> out = new ArrayList<>(items.size());
        int step = Math.max(1, items.size() / 10);
        for (int i = 0; i < items.size(); i++) {
            TextItem it = items.get(i);
            String campaign = campaigns.campaignByItem().get(it.id());
            String topic = campaign != null
                    ? topicOfCampaign.get(campaign)
                    : topics.topicByItem().get(it.id());
            out.add(new Assignment(it.id(), langs[i], campaign, topic));
            if (scopeIndex != null) {
                scopeIndex.add(it.id(), shingles[i], campaign, topic);
            }
            if (i % step == step - 1) {
                p.report(90 + 10 * (i + 1) / items.size());
            }
        }
        p.report(100);
        return new ScopeAnalysis(out, campaigns.campaigns(), topics.topics(), scopeIndex, topics);
    }

    /**
     * Language of every item: the one it was submitted with, else detected. Form letters repeat the same text thousands of times: each distinct text is
     * detected once. Distinct texts are detected in parallel; {@code share} receives the fraction done.
     */
    private DetectedLanguage[] detectLanguages(List<TextItem> items, DoubleConsumer share) {
        int n = items.size();
        int[] distinctOf = new int[n];
        List<String> distinct = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        DetectedLanguage[] langs = new DetectedLanguage[n];
        for (int i = 0; i < n; i++) {
            if (items.get(i).language() != null) {
                langs[i] = items.get(i).language();
                distinctOf[i] = -1;
                continue;
            }
            String text = items.get(i).text();
            Integer k = seen.putIfAbsent(text, distinct.size());
            if (k == null) {
                k = distinct.size();
                distinct.add(text);
            }
            distinctOf[i] = k;
        }
        seen = null;
        DetectedLanguage[] byDistinct = new DetectedLanguage[distinct.size()];
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, distinct.size() / 100);
        IntStream.range(0, distinct.size()).parallel().forEach(j -> {
            byDistinct[j] = identifier.detect(distinct.get(j));
            int d = done.incrementAndGet();
            if (d % step == 0) {
                share.accept(d / (double) byDistinct.length);
            }
        });
        for (int i = 0; i < n; i++) {
            if (distinctOf[i] >= 0) {
                langs[i] = byDistinct[distinctOf[i]];
            }
        }
        return langs;
    }

    /** Forwards only increasing values, once each and in order, from any thread. */
    private static final class Progress {
        private final IntConsumer sink;
        private int last = -1;

        Progress(IntConsumer sink) {
            this.sink = sink;
        }

        synchronized void report(int value) {
            if (value > last) {
                last = value;
                sink.accept(value);
            }
        }
    }

    /**
     * An online index for a scope whose state lives elsewhere (the application keeps it in PostgreSQL, so every node
     * decides the same), placing new items among {@code topics}.
     */
    public ScopeIndex onlineIndex(TopicModel topics, ScopeIndex.State state) {
        return new ScopeIndex(identifier, campaignSettings, topics, state);
    }

    /** The band keys of a text, as {@link #onlineIndex} computes them. */
    public int[] bandKeys(String text) {
        return new ScopeIndex(identifier, campaignSettings, TopicModel.empty(), null)
                .bandKeys(org.pikir.analysis.cluster.Shingles.of(org.pikir.analysis.cluster.Shingles.words(text)));
    }

    /** Writes a scope's topic model (vocabulary, weights, centroids) compactly, for {@link #readTopicModel}. */
    public byte[] writeTopicModel(TopicModel model) {
        return model.toBytes();
    }

    /** A topic model written by {@link #writeTopicModel}, using this engine's analyzers. */
    public TopicModel readTopicModel(byte[] bytes) {
        return TopicModel.fromBytes(bytes, new org.pikir.analysis.cluster.FeatureExtractor(analyzers));
    }

    /** Analyses a scope and builds its online index, without progress reports. */
    public ScopeAnalysis analyze(List<TextItem> items) {
        return analyze(items, true, p -> {});
    }
}
