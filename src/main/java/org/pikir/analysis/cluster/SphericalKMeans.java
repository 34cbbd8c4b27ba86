package org.pikir.analysis.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Spherical k-means (cosine) with k-means++ seeding on L2-normalised sparse vectors. Centroids are fitted
 * on a sample and every vector is then assigned once, so the cost of a million-item scope is one pass.
 */
public final class SphericalKMeans {

    private final int iterations;
    private final long seed;

    public SphericalKMeans(int iterations, long seed) {
        this.iterations = iterations;
        this.seed = seed;
    }

    /** Fits k centroids (dense, unit length) over {@code sample}. */
    public float[][] fit(List<SparseVector> sample, int k, int dimensions) {
        Random random = new Random(seed);
        float[][] centroids = seed(sample, k, dimensions, random);
        int[] assignment = new int[sample.size()];
        for (int it = 0; it < iterations; it++) {
            float[][] current = centroids;
            int[] next = IntStream.range(0, sample.size())
                    .parallel()
                    .map(i -> nearest(sample.get(i), current))
                    .toArray();
            boolean changed = !Arrays.equals(next, assignment);
            assignment = next;
            centroids = recompute(sample, assignment, k, dimensions, current);
            if (!changed && it > 0) {
                break;
            }
        }
        return centroids;
    }

    /** Index of the centroid with the highest cosine; 0 for an empty vector. */
    public static int nearest(SparseVector v, float[][] centroids) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double s = v.dot(centroids[c]);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    private static float[][] seed(List<SparseVector> sample, int k, int dims, Random random) {
        float[][] centroids = new float[k][];
        double[] dist = new double[sample.size()];
        Arrays.fill(dist, 1.0);
        for (int c = 0; c < k; c++) {
            int pick;
            if (c == 0) {
                pick = random.nextInt(sample.size());
            } else {
                double total = Arrays.stream(dist).sum();
                double r = random.nextDouble() * total;
                pick = 0;
                while (pick < dist.length - 1 && (r -= dist[pick]) > 0) {
                    pick++;
                }
            }
            centroids[c] = dense(sample.get(pick), dims);
            float[] cc = centroids[c];
            for (int i = 0; i < sample.size(); i++) {
                double d = Math.max(0, 1.0 - sample.get(i).dot(cc));
                dist[i] = Math.min(dist[i], d * d);
            }
        }
        return centroids;
    }

    private static float[][] recompute(
            List<SparseVector> sample, int[] assignment, int k, int dims, float[][] previous) {
        float[][] sums = new float[k][dims];
        int[] counts = new int[k];
        for (int i = 0; i < sample.size(); i++) {
            SparseVector v = sample.get(i);
            float[] s = sums[assignment[i]];
            counts[assignment[i]]++;
            for (int j = 0; j < v.indices().length; j++) {
                s[v.indices()[j]] += v.values()[j];
            }
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                sums[c] = previous[c]; // keep an emptied centroid rather than invent one
                continue;
            }
            normalise(sums[c]);
        }
        return sums;
    }

    private static float[] dense(SparseVector v, int dims) {
        float[] d = new float[dims];
        for (int j = 0; j < v.indices().length; j++) {
            d[v.indices()[j]] = v.values()[j];
        }
        return d;
    }

    private static void normalise(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n > 0) {
            float inv = (float) (1.0 / Math.sqrt(n));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
    }
}
