package org.pikir.consideration;

import java.util.List;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks the {@link CommentClusters} sources in their order and takes the first that knows the draft, so the
 * workspace degrades to "unclustered comments" when no analysis results exist.
 */
@Component
class ClusterLookup {

    private final List<CommentClusters> sources;

    ClusterLookup(ObjectProvider<CommentClusters> sources) {
        this.sources = sources.orderedStream().toList();
    }

    DraftClusters forDraft(long draftId) {
        for (CommentClusters source : sources) {
            DraftClusters found = source.forDraft(draftId);
            if (!found.campaigns().isEmpty() || !found.topics().isEmpty()) {
                return found;
            }
        }
        return DraftClusters.NONE;
    }
}
