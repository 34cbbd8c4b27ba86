package org.pikir.consideration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Clusters for tests while the analysis module stores none: a test registers the campaigns and topics of
 * its own draft; drafts it did not register fall through to the other sources.
 */
@Component
@Order(0)
public class ClusterFixtures implements CommentClusters {

    private final Map<Long, DraftClusters> byDraft = new ConcurrentHashMap<>();

    public void set(long draftId, DraftClusters clusters) {
        byDraft.put(draftId, clusters);
    }

    @Override
    public DraftClusters forDraft(long draftId) {
        return byDraft.getOrDefault(draftId, DraftClusters.NONE);
    }
}
