package org.pikir.analysis.engine;

import java.util.List;
import java.util.Map;
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
