package org.pikir.analysis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pikir.analysis.cluster.TopicDocument;
import org.pikir.analysis.engine.AnalyzerRegistry;
import org.pikir.analysis.engine.LanguageIdentifier;
import org.pikir.analysis.engine.Topic;
import org.pikir.analysis.engine.TopicClusterer;
import org.pikir.analysis.engine.TopicModel;

/** Topic clustering on kazsandra_domains.tsv (600 informal Kazakh reviews, 4 domains). */
public final class TopicBenchmark {

    public static void main(String[] args) throws IOException {
        if (!EvalData.available("topic clustering")) {
            return;
        }
        List<String> lines =
                Files.readAllLines(EvalData.dir().resolve("clustering/kazsandra_domains.tsv"), StandardCharsets.UTF_8);
        LanguageIdentifier id = LanguageIdentifier.createDefault();
        List<TopicDocument> docs = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        Map<String, Integer> langs = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 4);
            String lang = id.detect(f[3]).lang();
            langs.merge(lang, 1, Integer::sum);
            docs.add(new TopicDocument(f[0], f[3], lang));
            truth.add(f[1]);
        }
        TopicClusterer clusterer = new TopicClusterer(new AnalyzerRegistry());
        System.out.printf(
                Locale.ROOT,
                "### Topics (kazsandra_domains, %d reviews, 4 domains; detected languages %s)%n%n",
                docs.size(),
                langs);
        System.out.println("| k | NMI | ARI | purity |");
        System.out.println("| --- | --- | --- | --- |");
        int ruleK = clusterer.topicCount(docs.size());
        TopicModel ruleModel = null;
        for (int k : new int[] {ruleK, 4}) {
            TopicClusterer c = k == ruleK
                    ? clusterer
                    : new TopicClusterer(new AnalyzerRegistry(), new TopicClusterer.Settings(k, k, 20_000, 25, 42L, 3));
            double[] nmi = new double[5];
            double[] ari = new double[5];
            double[] pur = new double[5];
            for (int seed = 0; seed < 5; seed++) {
                TopicClusterer cs = new TopicClusterer(
                        new AnalyzerRegistry(), new TopicClusterer.Settings(k, k, 20_000, 25, 42L + seed, 3));
                TopicModel m = cs.fit(docs);
                if (seed == 0 && k == ruleK) {
                    ruleModel = m;
                }
                List<String> pred =
                        docs.stream().map(d -> m.topicByItem().get(d.id())).toList();
                nmi[seed] = ClusterMetrics.nmi(truth, pred);
                ari[seed] = ClusterMetrics.ari(truth, pred);
                pur[seed] = ClusterMetrics.purity(truth, pred);
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %d%s | **%.3f** (±%.3f) | %.3f | %.3f |%n",
                    k,
                    k == ruleK ? " (default rule √(n/2))" : " (told the true count)",
                    mean(nmi),
                    sd(nmi),
                    mean(ari),
                    mean(pur));
        }
        System.out.println("\n(mean over 5 seeds; floor NMI ≥ 0.10, TF-IDF + k-means ≈ 0.05)\n");
        System.out.println("Largest topics with the default rule (label · size · dominant true domain share):\n");
        Map<String, Map<String, Integer>> comp = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            comp.computeIfAbsent(ruleModel.topicByItem().get(docs.get(i).id()), x -> new HashMap<>())
                    .merge(truth.get(i), 1, Integer::sum);
        }
        for (Topic t :
                ruleModel.topics().subList(0, Math.min(8, ruleModel.topics().size()))) {
            var dom = comp.get(t.id()).entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow();
            System.out.printf(
                    Locale.ROOT,
                    "- %s «%s» · %d · %s %.0f%%%n",
                    t.id(),
                    t.label(),
                    t.size(),
                    dom.getKey(),
                    100.0 * dom.getValue() / t.size());
        }
        System.out.println();
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s / a.length;
    }

    private static double sd(double[] a) {
        double m = mean(a);
        double s = 0;
        for (double x : a) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / a.length);
    }
}
