package org.pikir.analysis.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pikir.analysis.OpinionGroups;
import org.pikir.analysis.OpinionGroups.Group;
import org.pikir.analysis.OpinionGroups.Point;
import org.pikir.analysis.OpinionGroups.Result;
import org.pikir.analysis.OpinionGroups.Settings;
import org.pikir.analysis.OpinionGroups.StatementShare;
import org.pikir.analysis.OpinionGroups.Votes;

/** The computation behind {@link OpinionGroups}: sparse PCA by power iteration, 2-D k-means, group statistics. */
public final class OpinionClustering {

    static final int MIN_K = 2;
    static final int MAX_K = 5;
    private static final int POWER_ITERATIONS = 60;
    private static final int RESTARTS = 6;
    private static final int KMEANS_ITERATIONS = 60;
    private static final int SILHOUETTE_SAMPLE = 1200;
    private static final int MAX_POINTS = 3000;
    private static final int MIN_STATEMENT_VOTES = 3;
    private static final double CONSENSUS_SHARE = 0.6;
    private static final double Z_90 = 1.2816;

    private OpinionClustering() {}

    public static Result compute(Votes votes, Settings settings) {
        Matrix m = Matrix.of(votes, settings.minVotesPerVoter());
        if (m.rows() < 2 * settings.minGroupSize() || m.columns() < 2) {
            return new Result(m.rows(), m.columns(), List.of(), List.of(), List.of(), Double.NaN);
        }
        double[][] map = m.project(settings.seed());
        return describe(m, map, cluster(map, settings), settings);
    }

    /**
     * The cluster (0-based, unnumbered) of each participant in the order voters first appear in the votes; for
     * tests that compare with planted groups.
     */
    public static int[] assignments(Votes votes, Settings settings) {
        Matrix m = Matrix.of(votes, settings.minVotesPerVoter());
        return cluster(m.project(settings.seed()), settings).labels;
    }

    private static Clustering cluster(double[][] map, Settings settings) {
        Clustering best = null;
        for (int k = MIN_K; k <= Math.max(MIN_K, Math.min(MAX_K, map.length / settings.minGroupSize())); k++) {
            Clustering c = kMeans(map, k, settings.seed() + k);
            c.silhouette = silhouette(map, c.labels, k);
            c.allLarge = Arrays.stream(c.sizes).allMatch(s -> s >= settings.minGroupSize());
            if (best == null
                    || (c.allLarge && !best.allLarge)
                    || (c.allLarge == best.allLarge && c.silhouette > best.silhouette)) {
                best = c;
            }
        }
        return best;
    }

    // ---- the matrix and its principal components

    /** Participants' votes in rows (CSR), centred on each statement's mean (a missing vote is the mean). */
    private record Matrix(
            int[] rowStart, int[] cols, double[] centred, long[] statementIds, int[] votesPerRow, byte[] raw) {

        static Matrix of(Votes v, int minVotes) {
            Map<Long, Integer> voterIndex = new HashMap<>();
            int[] voterOf = new int[v.size()];
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                Integer idx = voterIndex.get(v.voters()[i]);
                if (idx == null) {
                    idx = counts.size();
                    voterIndex.put(v.voters()[i], idx);
                    counts.add(0);
                }
                voterOf[i] = idx;
                counts.set(idx, counts.get(idx) + 1);
            }
            int[] rowOf = new int[counts.size()];
            int rows = 0;
            for (int i = 0; i < rowOf.length; i++) {
                rowOf[i] = counts.get(i) >= minVotes ? rows++ : -1;
            }
            int[] rowStart = new int[rows + 1];
            for (int i = 0; i < rowOf.length; i++) {
                if (rowOf[i] >= 0) {
                    rowStart[rowOf[i] + 1] = counts.get(i);
                }
            }
            for (int r = 0; r < rows; r++) {
                rowStart[r + 1] += rowStart[r];
            }
            Map<Long, Integer> statementIndex = new HashMap<>();
            List<Long> statementIds = new ArrayList<>();
            int nnz = rowStart[rows];
            int[] cols = new int[nnz];
            byte[] raw = new byte[nnz];
            int[] fill = Arrays.copyOf(rowStart, rows);
            for (int i = 0; i < v.size(); i++) {
                int row = rowOf[voterOf[i]];
                if (row < 0) {
                    continue;
                }
                long sid = v.statements()[i];
                Integer col = statementIndex.get(sid);
                if (col == null) {
                    col = statementIds.size();
                    statementIndex.put(sid, col);
                    statementIds.add(sid);
                }
                cols[fill[row]] = col;
                raw[fill[row]++] = v.values()[i];
            }
            int m = statementIds.size();
            double[] sum = new double[m];
            int[] count = new int[m];
            for (int e = 0; e < nnz; e++) {
                sum[cols[e]] += raw[e];
                count[cols[e]]++;
            }
            double[] centred = new double[nnz];
            for (int e = 0; e < nnz; e++) {
                centred[e] = raw[e] - sum[cols[e]] / count[cols[e]];
            }
            int[] votesPerRow = new int[rows];
            for (int r = 0; r < rows; r++) {
                votesPerRow[r] = rowStart[r + 1] - rowStart[r];
            }
            long[] ids = statementIds.stream().mapToLong(Long::longValue).toArray();
            return new Matrix(rowStart, cols, centred, ids, votesPerRow, raw);
        }

        int rows() {
            return votesPerRow.length;
        }

        int columns() {
            return statementIds.length;
        }

        /**
         * Each participant on the first two principal components, scaled by √(statements / own votes) as Polis
         * does, so that someone who voted on few statements is not pulled to the centre by the imputed means.
         */
        double[][] project(long seed) {
            int m = columns();
            Random random = new Random(seed);
            double[][] w = new double[2][m];
            for (double[] vec : w) {
                for (int j = 0; j < m; j++) {
                    vec[j] = random.nextGaussian();
                }
            }
            orthonormalise(w);
            double[] y = new double[rows()];
            for (int it = 0; it < POWER_ITERATIONS; it++) {
                for (int c = 0; c < 2; c++) {
                    times(w[c], y);
                    w[c] = transposeTimes(y);
                }
                orthonormalise(w);
            }
            double[][] map = new double[rows()][2];
            for (int c = 0; c < 2; c++) {
                times(w[c], y);
                for (int r = 0; r < rows(); r++) {
                    map[r][c] = y[r] * Math.sqrt((double) m / votesPerRow[r]);
                }
            }
            return map;
        }

        private void times(double[] vec, double[] out) {
            for (int r = 0; r < rows(); r++) {
                double s = 0;
                for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                    s += centred[e] * vec[cols[e]];
                }
                out[r] = s;
            }
        }

        private double[] transposeTimes(double[] y) {
            double[] out = new double[columns()];
            for (int r = 0; r < rows(); r++) {
                double yr = y[r];
                for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                    out[cols[e]] += centred[e] * yr;
                }
            }
            return out;
        }

        private static void orthonormalise(double[][] w) {
            normalise(w[0]);
            double dot = 0;
            for (int j = 0; j < w[0].length; j++) {
                dot += w[0][j] * w[1][j];
            }
            for (int j = 0; j < w[0].length; j++) {
                w[1][j] -= dot * w[0][j];
            }
            normalise(w[1]);
        }

        private static void normalise(double[] v) {
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int j = 0; j < v.length; j++) {
                    v[j] /= norm;
                }
            }
        }
    }

    // ---- k-means on the map

    private static final class Clustering {
        int[] labels;
        int[] sizes;
        double[][] centres;
        double inertia;
        double silhouette;
        boolean allLarge;
    }

    private static Clustering kMeans(double[][] points, int k, long seed) {
        Random random = new Random(seed);
        Clustering best = null;
        for (int restart = 0; restart < RESTARTS; restart++) {
            double[][] centres = seedPlusPlus(points, k, random);
            int[] labels = new int[points.length];
            double inertia = 0;
            for (int it = 0; it < KMEANS_ITERATIONS; it++) {
                boolean changed = false;
                inertia = 0;
                for (int i = 0; i < points.length; i++) {
                    int nearest = 0;
                    double bestD = Double.MAX_VALUE;
                    for (int c = 0; c < k; c++) {
                        double d = dist2(points[i], centres[c]);
                        if (d < bestD) {
                            bestD = d;
                            nearest = c;
                        }
                    }
                    inertia += bestD;
                    if (labels[i] != nearest || it == 0) {
                        changed |= labels[i] != nearest;
                        labels[i] = nearest;
                    }
                }
                double[][] sums = new double[k][2];
                int[] sizes = new int[k];
                for (int i = 0; i < points.length; i++) {
                    sums[labels[i]][0] += points[i][0];
                    sums[labels[i]][1] += points[i][1];
                    sizes[labels[i]]++;
                }
                for (int c = 0; c < k; c++) {
                    if (sizes[c] > 0) {
                        centres[c] = new double[] {sums[c][0] / sizes[c], sums[c][1] / sizes[c]};
                    }
                }
                if (!changed && it > 0) {
                    break;
                }
            }
            if (best == null || inertia < best.inertia) {
                best = new Clustering();
                best.labels = labels;
                best.centres = centres;
                best.inertia = inertia;
            }
        }
        best.sizes = new int[k];
        for (int label : best.labels) {
            best.sizes[label]++;
        }
        return best;
    }

    private static double[][] seedPlusPlus(double[][] points, int k, Random random) {
        double[][] centres = new double[k][];
        centres[0] = points[random.nextInt(points.length)].clone();
        double[] d = new double[points.length];
        Arrays.fill(d, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < points.length; i++) {
                d[i] = Math.min(d[i], dist2(points[i], centres[c - 1]));
                total += d[i];
            }
            double target = random.nextDouble() * total;
            int chosen = points.length - 1;
            for (int i = 0; i < points.length; i++) {
                target -= d[i];
                if (target <= 0) {
                    chosen = i;
                    break;
                }
            }
            centres[c] = points[chosen].clone();
        }
        return centres;
    }

    /** Mean silhouette over an evenly spaced sample of the points. */
    static double silhouette(double[][] points, int[] labels, int k) {
        int step = Math.max(1, points.length / SILHOUETTE_SAMPLE);
        int[] sample = java.util.stream.IntStream.iterate(0, i -> i < points.length, i -> i + step)
                .toArray();
        double total = 0;
        int counted = 0;
        for (int i : sample) {
            double[] sum = new double[k];
            int[] count = new int[k];
            for (int j : sample) {
                if (i != j) {
                    sum[labels[j]] += Math.sqrt(dist2(points[i], points[j]));
                    count[labels[j]]++;
                }
            }
            int own = labels[i];
            if (count[own] == 0) {
                continue;
            }
            double a = sum[own] / count[own];
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != own && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            if (b == Double.MAX_VALUE) {
                continue;
            }
            double max = Math.max(a, b);
            total += max == 0 ? 0 : (b - a) / max;
            counted++;
        }
        return counted == 0 ? Double.NaN : total / counted;
    }

    private static double dist2(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }

    // ---- what each group stands for

    private static Result describe(Matrix m, double[][] map, Clustering c, Settings settings) {
        int k = c.sizes.length;
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -c.sizes[i]));
        int[] number = new int[k]; // cluster → reported number (0: not reported)
        int reported = 0;
        for (Integer cluster : order) {
            if (c.sizes[cluster] >= settings.minGroupSize()) {
                number[cluster] = ++reported;
            }
        }
        if (reported < 2) {
            return new Result(m.rows(), m.columns(), List.of(), List.of(), List.of(), c.silhouette);
        }
        int cols = m.columns();
        int[][] agree = new int[reported + 1][cols];
        int[][] voted = new int[reported + 1][cols];
        for (int r = 0; r < m.rows(); r++) {
            int g = number[c.labels[r]];
            for (int e = m.rowStart()[r]; e < m.rowStart()[r + 1]; e++) {
                voted[g][m.cols()[e]]++;
                if (m.raw()[e] == OpinionGroups.AGREE) {
                    agree[g][m.cols()[e]]++;
                }
            }
        }
        int[] agreeAll = new int[cols];
        int[] votedAll = new int[cols];
        for (int g = 0; g <= reported; g++) {
            for (int j = 0; j < cols; j++) {
                agreeAll[j] += agree[g][j];
                votedAll[j] += voted[g][j];
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Integer cluster : order) {
            int g = number[cluster];
            if (g == 0) {
                continue;
            }
            List<double[]> candidates = new ArrayList<>(); // {score, column}
            for (int j = 0; j < cols; j++) {
                int a = agree[g][j];
                int n = voted[g][j];
                int ao = agreeAll[j] - a;
                int no = votedAll[j] - n;
                if (n < MIN_STATEMENT_VOTES || (double) a / n < 0.5) {
                    continue;
                }
                double pg = (a + 1.0) / (n + 2.0);
                double po = (ao + 1.0) / (no + 2.0);
                if (z(pg, n, po, no) >= Z_90 && pg > po) {
                    candidates.add(new double[] {(pg / po) * pg, j});
                }
            }
            candidates.sort(Comparator.comparingDouble((double[] x) -> -x[0]));
            List<StatementShare> distinguishing = candidates.stream()
                    .limit(settings.maxStatements())
                    .map(x -> {
                        int j = (int) x[1];
                        return share(
                                m, j, agree[g][j], voted[g][j], agreeAll[j] - agree[g][j], votedAll[j] - voted[g][j]);
                    })
                    .toList();
            groups.add(new Group(g, c.sizes[cluster], c.centres[cluster][0], c.centres[cluster][1], distinguishing));
        }
        List<double[]> consensusCandidates = new ArrayList<>(); // {score, column, min share}
        for (int j = 0; j < cols; j++) {
            double product = 1;
            double min = 1;
            boolean all = true;
            for (int g = 1; g <= reported && all; g++) {
                int n = voted[g][j];
                if (n < MIN_STATEMENT_VOTES || (double) agree[g][j] / n < CONSENSUS_SHARE) {
                    all = false;
                } else {
                    product *= (agree[g][j] + 1.0) / (n + 2.0);
                    min = Math.min(min, (double) agree[g][j] / n);
                }
            }
            if (all) {
                consensusCandidates.add(new double[] {product, j, min});
            }
        }
        consensusCandidates.sort(Comparator.comparingDouble((double[] x) -> -x[0]));
        List<StatementShare> consensus = consensusCandidates.stream()
                .limit(settings.maxStatements())
                .map(x -> {
                    int j = (int) x[1];
                    int reportedVotes = votedAll[j] - voted[0][j];
                    return new StatementShare(
                            m.statementIds()[j],
                            round(x[2]),
                            round(votedAll[j] == 0 ? 0 : (double) agreeAll[j] / votedAll[j]),
                            reportedVotes);
                })
                .toList();
        return new Result(m.rows(), cols, groups, consensus, points(map, c.labels, number), c.silhouette);
    }

    private static StatementShare share(Matrix m, int j, int a, int n, int ao, int no) {
        return new StatementShare(m.statementIds()[j], round((double) a / n), round(no == 0 ? 0 : (double) ao / no), n);
    }

    private static double z(double p1, int n1, double p2, int n2) {
        if (n2 == 0) {
            return Double.MAX_VALUE;
        }
        double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return se == 0 ? 0 : (p1 - p2) / se;
    }

    private static List<Point> points(double[][] map, int[] labels, int[] number) {
        int step = Math.max(1, (map.length + MAX_POINTS - 1) / MAX_POINTS);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < map.length; i += step) {
            points.add(new Point((float) round(map[i][0]), (float) round(map[i][1]), number[labels[i]]));
        }
        points.sort(Comparator.comparingInt(Point::group).thenComparingDouble(Point::x));
        return points;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Adjusted Rand index (Hubert and Arabie) of two labelings. */
    public static double adjustedRandIndex(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("labelings of different length");
        }
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> rowsA = new HashMap<>();
        Map<Integer, Integer> rowsB = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
            rowsA.merge(a[i], 1, Integer::sum);
            rowsB.merge(b[i], 1, Integer::sum);
        }
        double index =
                cells.values().stream().mapToDouble(OpinionClustering::pairs).sum();
        double sumA =
                rowsA.values().stream().mapToDouble(OpinionClustering::pairs).sum();
        double sumB =
                rowsB.values().stream().mapToDouble(OpinionClustering::pairs).sum();
        double expected = sumA * sumB / pairs(a.length);
        double max = (sumA + sumB) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }
}
