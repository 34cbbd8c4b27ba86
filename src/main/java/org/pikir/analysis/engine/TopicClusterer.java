package org.pikir.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.pikir.analysis.cluster.FeatureExtractor;
import org.pikir.analysis.cluster.SparseVector;
import org.pikir.analysis.cluster.SphericalKMeans;
import org.pikir.analysis.cluster.TopicDocument;
import org.pikir.analysis.cluster.TopicLabeler;
import org.pikir.analysis.cluster.Vectorizer;

/**
 * Groups the texts of one scope into topics: per-language analysis ({@link AnalyzerRegistry}), TF-IDF,
 * spherical k-means fitted on a sample of at most {@code sampleSize} texts, then every text assigned to its
 * nearest centroid. The number of topics grows with the square root of the scope (√(n/2), bounded), a
 * rule of thumb that needs no labelled data.
 */
public final class TopicClusterer {

    /**
     * @param minTopics smallest k
     * @param maxTopics largest k (bounds memory and labelling effort)
     * @param sampleSize texts used to fit centroids
     * @param iterations k-means iterations at most
     * @param seed random seed: the same scope gives the same topics
     * @param labelTerms words per label
     */
    public record Settings(int minTopics, int maxTopics, int sampleSize, int iterations, long seed, int labelTerms) {
        public static Settings defaults() {
            return new Settings(2, 60, 20_000, 25, 42L, 3);
        }
    }

    private final Settings settings;
    private final FeatureExtractor extractor;

    public TopicClusterer(AnalyzerRegistry analyzers, Settings settings) {
        this.settings = settings;
        this.extractor = new FeatureExtractor(analyzers);
    }

    public TopicClusterer(AnalyzerRegistry analyzers) {
        this(analyzers, Settings.defaults());
    }

    /** The k this clusterer uses for n texts. */
    public int topicCount(int n) {
        int k = (int) Math.round(Math.sqrt(n / 2.0));
        return Math.max(settings.minTopics(), Math.min(settings.maxTopics(), Math.min(k, n)));
    }

    /** Clusters {@code docs}; with fewer than two usable texts everything lands in one topic. */
    public TopicModel fit(List<TopicDocument> docs) {
        return fit(docs, share -> {});
    }

    /** {@link #fit(List)}, reporting the fraction of work done (0–1) after each step. */
    public TopicModel fit(List<TopicDocument> docs, java.util.function.DoubleConsumer progress) {
        List<String> texts = docs.stream().map(TopicDocument::text).toList();
        List<String> langs = docs.stream().map(TopicDocument::lang).toList();
        Vectorizer.Fitted fitted = Vectorizer.fit(extractor, texts, langs);
        progress.accept(0.5);
        List<SparseVector> vectors = fitted.vectors();
        List<Integer> usable = IntStream.range(0, vectors.size())
                .filter(i -> !vectors.get(i).isEmpty())
                .boxed()
                .toList();
        if (usable.size() < 2 || fitted.vectorizer().dimensions() == 0) {
            return single(docs, fitted.vectorizer());
        }
        int k = topicCount(usable.size());
        List<SparseVector> sample = sample(usable, vectors);
        float[][] centroids = new SphericalKMeans(settings.iterations(), settings.seed())
                .fit(sample, k, fitted.vectorizer().dimensions());
        progress.accept(0.7);
        int[] assignment = IntStream.range(0, vectors.size())
                .parallel()
                .map(i -> vectors.get(i).isEmpty() ? -1 : SphericalKMeans.nearest(vectors.get(i), centroids))
                .toArray();
        progress.accept(0.8);
        return build(docs, vectors, assignment, centroids, fitted.vectorizer());
    }

    private List<SparseVector> sample(List<Integer> usable, List<SparseVector> vectors) {
        List<Integer> ids = new ArrayList<>(usable);
        if (ids.size() > settings.sampleSize()) {
            java.util.Collections.shuffle(ids, new Random(settings.seed()));
            ids = ids.subList(0, settings.sampleSize());
        }
        return ids.stream().map(vectors::get).toList();
    }

    private TopicModel build(
            List<TopicDocument> docs,
            List<SparseVector> vectors,
            int[] assignment,
            float[][] centroids,
            Vectorizer vectorizer) {
        int k = centroids.length;
        int[] sizes = new int[k];
        for (int a : assignment) {
            if (a >= 0) {
                sizes[a]++;
            }
        }
        Integer[] order = IntStream.range(0, k)
                .boxed()
                .filter(c -> sizes[c] > 0)
                .sorted(Comparator.comparingInt((Integer c) -> -sizes[c]).thenComparing(c -> c))
                .toArray(Integer[]::new);
        int[] rank = new int[k];
        Arrays.fill(rank, -1);
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int r = 0; r < order.length; r++) {
            members.add(new ArrayList<>());
        }
        // Texts without any known word go to the largest topic: every item must carry a topic.
        Map<String, String> byItem = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            int r = assignment[i] < 0 ? 0 : rank[assignment[i]];
            members.get(r).add(i);
            byItem.put(docs.get(i).id(), "T" + (r + 1));
        }
        TopicLabeler labeler = new TopicLabeler(vectorizer, settings.labelTerms());
        List<Topic> topics = new ArrayList<>();
        float[][] ordered = new float[order.length][];
        for (int r = 0; r < order.length; r++) {
            ordered[r] = centroids[order[r]];
            List<String> terms = labeler.label(members.get(r), docs, vectors);
            topics.add(new Topic(
                    "T" + (r + 1),
                    String.join(", ", terms),
                    terms,
                    members.get(r).size()));
        }
        return new TopicModel(topics, byItem, vectorizer, ordered);
    }

    private TopicModel single(List<TopicDocument> docs, Vectorizer vectorizer) {
        Map<String, String> byItem = new HashMap<>();
        docs.forEach(d -> byItem.put(d.id(), "T1"));
        List<Topic> topics = docs.isEmpty() ? List.of() : List.of(new Topic("T1", "", List.of(), docs.size()));
        return new TopicModel(topics, byItem, vectorizer, new float[0][]);
    }
}
