package org.pikir.analysis.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** External clustering metrics over parallel label lists (truth, predicted). */
final class ClusterMetrics {

    private ClusterMetrics() {}

    /** Pairwise precision, recall, F1 of "same cluster", computed from contingency counts (no n² loop). */
    static double[] pairwise(List<String> truth, List<String> pred) {
        Map<String, Map<String, Long>> table = contingency(truth, pred);
        double tp = 0;
        for (Map<String, Long> row : table.values()) {
            for (long c : row.values()) {
                tp += c * (c - 1) / 2.0;
            }
        }
        double truePairs = pairs(counts(truth));
        double predPairs = pairs(counts(pred));
        double p = predPairs == 0 ? 0 : tp / predPairs;
        double r = truePairs == 0 ? 0 : tp / truePairs;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    static double ari(List<String> truth, List<String> pred) {
        Map<String, Map<String, Long>> table = contingency(truth, pred);
        double index = 0;
        for (Map<String, Long> row : table.values()) {
            for (long c : row.values()) {
                index += c * (c - 1) / 2.0;
            }
        }
        double a = pairs(counts(truth));
        double b = pairs(counts(pred));
        double n = truth.size();
        double expected = a * b / (n * (n - 1) / 2.0);
        double max = (a + b) / 2.0;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    /** NMI with arithmetic-mean normalisation (as scikit-learn's default). */
    static double nmi(List<String> truth, List<String> pred) {
        double n = truth.size();
        Map<String, Long> ct = counts(truth);
        Map<String, Long> cp = counts(pred);
        double mi = 0;
        for (var row : contingency(truth, pred).entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                double nij = cell.getValue();
                mi += nij / n * Math.log(n * nij / (ct.get(row.getKey()) * (double) cp.get(cell.getKey())));
            }
        }
        double ht = entropy(ct, n);
        double hp = entropy(cp, n);
        return ht + hp == 0 ? 1.0 : mi / ((ht + hp) / 2);
    }

    static double purity(List<String> truth, List<String> pred) {
        Map<String, Map<String, Long>> byPred = contingency(pred, truth);
        long sum = 0;
        for (Map<String, Long> row : byPred.values()) {
            sum += row.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
        return sum / (double) truth.size();
    }

    private static double entropy(Map<String, Long> c, double n) {
        double h = 0;
        for (long v : c.values()) {
            h -= v / n * Math.log(v / n);
        }
        return h;
    }

    private static double pairs(Map<String, Long> c) {
        return c.values().stream().mapToDouble(v -> v * (v - 1) / 2.0).sum();
    }

    private static Map<String, Long> counts(List<String> labels) {
        Map<String, Long> c = new HashMap<>();
        labels.forEach(l -> c.merge(l, 1L, Long::sum));
        return c;
    }

    private static Map<String, Map<String, Long>> contingency(List<String> a, List<String> b) {
        Map<String, Map<String, Long>> t = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            t.computeIfAbsent(a.get(i), k -> new HashMap<>()).merge(b.get(i), 1L, Long::sum);
        }
        return t;
    }
}
