package org.pikir.analysis.cluster;

/** Sparse L2-normalised vector: sorted feature indices and weights. */
public record SparseVector(int[] indices, float[] values) {

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    public boolean isEmpty() {
        return indices.length == 0;
    }

    /** Dot product with a dense vector. */
    public double dot(float[] dense) {
        double s = 0;
        for (int i = 0; i < indices.length; i++) {
            s += values[i] * dense[indices[i]];
        }
        return s;
    }
}
