package org.pikir.consideration;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Used while no analysis results are available: every comment is shown unclustered. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UnclusteredComments implements CommentClusters {

    @Override
    public DraftClusters forDraft(long draftId) {
        return DraftClusters.NONE;
    }
}
