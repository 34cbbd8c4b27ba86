package org.pikir.analysis.cluster;

/**
 * MinHash signatures over int shingle hashes, with band keys for locality-sensitive hashing.
 * Each of the {@code bands × rows} hash functions is a 64-bit mix of the shingle with its own seed, so no
 * permutation tables are needed and signatures are identical across runs and machines.
 */
public final class MinHasher {

    private final int bands;
    private final int rows;
    private final long[] seeds;

    /**
     * @param bands LSH bands; with {@code rows} they set the similarity at which two texts likely collide,
     *     about (1/bands)^(1/rows)
     */
    public MinHasher(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            s = mix(s + i);
            seeds[i] = s;
        }
    }

    public int bands() {
        return bands;
    }

    /** The signature: per hash function, the minimum over the shingles. */
    public long[] signature(int[] shingles) {
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        // A full mix per hash function: the cheaper multiply-add family (a·x + b) gave visibly less
        // independent hashes (recall of edited letters varied with the seeds).
        for (int sh : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(sh ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /**
     * The part of the signature that bands {@code fromBand} (inclusive) to {@code toBand} (exclusive) need:
     * element {@code j} is hash function {@code fromBand * rows + j}, equal to {@code signature(shingles)}'s.
     * Computing bands in groups costs no extra hashing and lets a caller hold fewer band keys at once.
     */
    public long[] signature(int[] shingles, int fromBand, int toBand) {
        int from = fromBand * rows;
        long[] sig = new long[(toBand - fromBand) * rows];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int sh : shingles) {
            for (int i = 0; i < sig.length; i++) {
                long h = mix(sh ^ seeds[from + i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** {@link #bandKey} for a partial signature from {@link #signature(int[], int, int)} starting at {@code fromBand}. */
    public long bandKey(long[] partial, int fromBand, int band) {
        long h = band * 0xff51afd7ed558ccdL;
        for (int r = 0; r < rows; r++) {
            h = mix(h ^ partial[(band - fromBand) * rows + r]);
        }
        return h;
    }

    /** Key of band {@code band}; two texts are LSH candidates when any band key is equal. */
    public long bandKey(long[] signature, int band) {
        long h = band * 0xff51afd7ed558ccdL;
        for (int r = 0; r < rows; r++) {
            h = mix(h ^ signature[band * rows + r]);
        }
        return h;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
