package org.pikir.analysis.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels a topic with the words that are frequent in it and rare elsewhere (document frequency in the
 * topic × log-ratio to the scope), shown as the surface form the citizens used most — so a Kazakh topic
 * is labelled in Kazakh and a Russian one in Russian.
 */
public final class TopicLabeler {

    /** Texts per topic read to find labels; enough for stable counts, bounded for million-item scopes. */
    private static final int MAX_READ = 2_000;

    private final Vectorizer vectorizer;
    private final int terms;
    private final Map<Integer, Integer> scopeDf = new HashMap<>();
    private int scopeSize;

    public TopicLabeler(Vectorizer vectorizer, int terms) {
        this.vectorizer = vectorizer;
        this.terms = terms;
    }

    public List<String> label(List<Integer> members, List<TopicDocument> docs, List<SparseVector> vectors) {
        if (scopeDf.isEmpty()) {
            int step = Math.max(1, vectors.size() / 50_000);
            for (int i = 0; i < vectors.size(); i += step) {
                scopeSize++;
                for (int idx : vectors.get(i).indices()) {
                    scopeDf.merge(idx, 1, Integer::sum);
                }
            }
        }
        int read = Math.min(MAX_READ, members.size());
        Map<Integer, Integer> df = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (int m = 0; m < read; m++) {
            TopicDocument d = docs.get(members.get(m));
            Set<Integer> seen = new HashSet<>();
            for (FeatureExtractor.Feature f : vectorizer.extractor().features(d.text(), d.lang())) {
                int idx = vectorizer.indexOf(f.key());
                if (idx < 0 || f.key().startsWith("~")) {
                    continue;
                }
                if (seen.add(idx)) {
                    df.merge(idx, 1, Integer::sum);
                }
                surfaces.computeIfAbsent(f.key(), k -> new HashMap<>()).merge(f.surface(), 1, Integer::sum);
            }
        }
        List<Map.Entry<Integer, Integer>> scored = new ArrayList<>(df.entrySet());
        scored.removeIf(e -> e.getValue() < 2 && read > 3);
        Map<Integer, Double> score = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : scored) {
            double inTopic = e.getValue() / (double) read;
            double inScope = scopeDf.getOrDefault(e.getKey(), 1) / (double) Math.max(1, scopeSize);
            score.put(e.getKey(), inTopic * Math.log(Math.max(1.0001, inTopic / inScope)));
        }
        scored.sort(Comparator.comparingDouble((Map.Entry<Integer, Integer> e) -> -score.get(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : scored) {
            if (out.size() == terms) {
                break;
            }
            String key = vectorizer.keyOf(e.getKey());
            String surface = surfaces.get(key).entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            if (!out.contains(surface)) {
                out.add(surface);
            }
        }
        return out;
    }
}
