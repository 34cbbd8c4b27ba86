package org.pikir.search;

import org.pikir.consultation.CommentSubmitted;
import org.pikir.search.SearchRecords.PublicContent;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the index from other modules' events after their transactions commit. Comments on a draft law are
 * public; modules without an event yet call {@link SearchService#index} directly when they publish.
 */
@Component
class PublicContentListener {

    private final SearchService search;

    PublicContentListener(SearchService search) {
        this.search = search;
    }

    @Async
    @TransactionalEventListener
    void on(CommentSubmitted e) {
        search.index(new PublicContent("comment", Long.toString(e.commentId()), null, null, null, e.text(),
                "consultations/" + e.consultationId(), e.createdAt()));
    }
}
