package org.pikir.analysis.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * TF-IDF over {@link FeatureExtractor} features with a vocabulary fitted on the scope: features seen in
 * fewer than two texts (typos, names) or in more than half of them (the scope's own subject words) are
 * dropped, and at most {@value #MAX_FEATURES} of the rest kept, which bounds centroid memory at any scale.
 */
public final class Vectorizer {

    static final int MAX_FEATURES = 100_000;

    private final FeatureExtractor extractor;
    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    private final String[] keys;

    private Vectorizer(FeatureExtractor extractor, Map<String, Integer> vocabulary, float[] idf) {
        this.extractor = extractor;
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.keys = new String[idf.length];
        vocabulary.forEach((k, i) -> keys[i] = k);
    }

    /** A fitted vectorizer and the vectors of the texts it was fitted on (same order). */
    public record Fitted(Vectorizer vectorizer, List<SparseVector> vectors) {}

    public static Fitted fit(FeatureExtractor extractor, List<String> texts, List<String> langs) {
        int n = texts.size();
        ConcurrentHashMap<String, Integer> raw = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        int[][] docs = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            List<FeatureExtractor.Feature> fs = extractor.features(texts.get(i), langs.get(i));
            int[] ids = new int[fs.size()];
            for (int j = 0; j < ids.length; j++) {
                ids[j] = raw.computeIfAbsent(fs.get(j).key(), k -> next.getAndIncrement());
            }
            docs[i] = ids;
        });
        int[] df = new int[next.get()];
        for (int[] d : docs) {
            Arrays.stream(d).distinct().forEach(id -> df[id]++);
        }
        int maxDf = Math.max(2, n / 2);
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : raw.entrySet()) {
            int f = df[e.getValue()];
            if (f >= 2 && f <= maxDf) {
                kept.add(e);
            }
        }
        kept.sort((a, b) -> df[b.getValue()] != df[a.getValue()]
                ? df[b.getValue()] - df[a.getValue()]
                : a.getKey().compareTo(b.getKey()));
        if (kept.size() > MAX_FEATURES) {
            kept = kept.subList(0, MAX_FEATURES);
        }
        Map<String, Integer> vocabulary = new HashMap<>(kept.size() * 2);
        float[] idf = new float[kept.size()];
        int[] remap = new int[df.length];
        Arrays.fill(remap, -1);
        for (int i = 0; i < kept.size(); i++) {
            vocabulary.put(kept.get(i).getKey(), i);
            remap[kept.get(i).getValue()] = i;
            idf[i] = (float) Math.log((n + 1.0) / (df[kept.get(i).getValue()] + 1.0)) + 1f;
        }
        Vectorizer v = new Vectorizer(extractor, vocabulary, idf);
        List<SparseVector> vectors = IntStream.range(0, n)
                .parallel()
                .mapToObj(i -> v.weigh(Arrays.stream(docs[i])
                        .map(id -> remap[id])
                        .filter(id -> id >= 0)
                        .toArray()))
                .toList();
        return new Fitted(v, vectors);
    }

    /** Writes the vocabulary (in index order) and its weights; {@link #read} restores an equal vectorizer. */
    public void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(idf.length);
        for (int i = 0; i < idf.length; i++) {
            out.writeUTF(keys[i]);
            out.writeFloat(idf[i]);
        }
    }

    /** A vectorizer written by {@link #write}, extracting features with {@code extractor}. */
    public static Vectorizer read(java.io.DataInput in, FeatureExtractor extractor) throws java.io.IOException {
        int n = in.readInt();
        Map<String, Integer> vocabulary = new HashMap<>(n * 2);
        float[] idf = new float[n];
        for (int i = 0; i < n; i++) {
            vocabulary.put(in.readUTF(), i);
            idf[i] = in.readFloat();
        }
        return new Vectorizer(extractor, vocabulary, idf);
    }

    public int dimensions() {
        return idf.length;
    }

    /** Vector of a new text under this vocabulary (unknown features ignored). */
    public SparseVector vectorize(String text, String lang) {
        List<FeatureExtractor.Feature> fs = extractor.features(text, lang);
        int[] ids = new int[fs.size()];
        int n = 0;
        for (FeatureExtractor.Feature f : fs) {
            Integer id = vocabulary.get(f.key());
            if (id != null) {
                ids[n++] = id;
            }
        }
        return weigh(Arrays.copyOf(ids, n));
    }

    /** Feature key of a vocabulary index (for labels). */
    public String keyOf(int index) {
        return keys[index];
    }

    /** Vocabulary index of a feature key, or -1. */
    public int indexOf(String key) {
        return vocabulary.getOrDefault(key, -1);
    }

    public FeatureExtractor extractor() {
        return extractor;
    }

    private SparseVector weigh(int[] ids) {
        if (ids.length == 0) {
            return SparseVector.EMPTY;
        }
        Arrays.sort(ids);
        int distinct = 0;
        int[] idx = new int[ids.length];
        float[] val = new float[ids.length];
        for (int i = 0; i < ids.length; ) {
            int j = i;
            while (j < ids.length && ids[j] == ids[i]) {
                j++;
            }
            idx[distinct] = ids[i];
            val[distinct] = (float) ((1 + Math.log(j - i)) * idf[ids[i]]);
            distinct++;
            i = j;
        }
        double norm = 0;
        for (int i = 0; i < distinct; i++) {
            norm += val[i] * val[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < distinct; i++) {
            val[i] *= inv;
        }
        return new SparseVector(Arrays.copyOf(idx, distinct), Arrays.copyOf(val, distinct));
    }
}
