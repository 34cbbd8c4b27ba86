package org.pikir.analysis.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.pikir.analysis.cluster.FeatureExtractor;
import org.pikir.analysis.cluster.SparseVector;
import org.pikir.analysis.cluster.SphericalKMeans;
import org.pikir.analysis.cluster.Vectorizer;

/**
 * The topics of one scope and the means to place a new text among them without re-clustering
 * (nearest centroid by cosine). Immutable; safe to share between threads.
 */
public final class TopicModel {

    private final List<Topic> topics;
    private final Map<String, String> topicByItem;
    private final Vectorizer vectorizer;
    /** Same order as {@link #topics}. */
    private final float[][] centroids;

    TopicModel(List<Topic> topics, Map<String, String> topicByItem, Vectorizer vectorizer, float[][] centroids) {
        this.topics = List.copyOf(topics);
        this.topicByItem = Map.copyOf(topicByItem);
        this.vectorizer = vectorizer;
        this.centroids = centroids;
    }

    /** Format of {@link #toBytes}; change it when the layout changes (stored models are then refitted). */
    static final int FORMAT = 1;

    /** A scope without topics yet: every text gets none. */
    public static TopicModel empty() {
        return new TopicModel(List.of(), Map.of(), null, new float[0][]);
    }

    /**
     * The model in a compact form (deflated): topics, the vocabulary with its weights, and the centroids' non-zero
     * entries. The topic of each clustered item is not included: online assignment never needs it.
     */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(FORMAT);
            out.writeInt(topics.size());
            for (Topic t : topics) {
                out.writeUTF(t.id());
                out.writeUTF(t.label());
                out.writeInt(t.size());
                out.writeInt(t.terms().size());
                for (String term : t.terms()) {
                    out.writeUTF(term);
                }
            }
            out.writeBoolean(vectorizer != null);
            if (vectorizer != null) {
                vectorizer.write(out);
            }
            out.writeInt(centroids.length);
            for (float[] c : centroids) {
                int nonZero = 0;
                for (float v : c) {
                    nonZero += v != 0f ? 1 : 0;
                }
                out.writeInt(c.length);
                out.writeInt(nonZero);
                for (int i = 0; i < c.length; i++) {
                    if (c[i] != 0f) {
                        out.writeInt(i);
                        out.writeFloat(c[i]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A model written by {@link #toBytes}, with the extractor of the engine reading it. */
    static TopicModel fromBytes(byte[] data, FeatureExtractor extractor) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("topic model format " + format + ", expected " + FORMAT);
            }
            int n = in.readInt();
            List<Topic> topics = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                String label = in.readUTF();
                int size = in.readInt();
                int terms = in.readInt();
                List<String> t = new ArrayList<>(terms);
                for (int j = 0; j < terms; j++) {
                    t.add(in.readUTF());
                }
                topics.add(new Topic(id, label, t, size));
            }
            Vectorizer vectorizer = in.readBoolean() ? Vectorizer.read(in, extractor) : null;
            float[][] centroids = new float[in.readInt()][];
            for (int c = 0; c < centroids.length; c++) {
                centroids[c] = new float[in.readInt()];
                int nonZero = in.readInt();
                for (int j = 0; j < nonZero; j++) {
                    int i = in.readInt();
                    centroids[c][i] = in.readFloat();
                }
            }
            return new TopicModel(topics, Map.of(), vectorizer, centroids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Topics, largest first. */
    public List<Topic> topics() {
        return topics;
    }

    /** Topic id per clustered item id. */
    public Map<String, String> topicByItem() {
        return topicByItem;
    }

    /** The topic a new text belongs to, or null when the scope has no topics or the text no known word. */
    public String assign(String text, String lang) {
        if (centroids.length == 0) {
            return null;
        }
        SparseVector v = vectorizer.vectorize(text, lang);
        if (v.isEmpty()) {
            return null;
        }
        return topics.get(SphericalKMeans.nearest(v, centroids)).id();
    }
}
