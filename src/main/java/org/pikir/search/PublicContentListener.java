package org.pikir.search;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pikir.appeal.AppealAnswered;
import org.pikir.appeal.AppealDisputed;
import org.pikir.consultation.CommentChanged;
import org.pikir.consultation.CommentSubmitted;
import org.pikir.consultation.DraftPublished;
import org.pikir.petition.PetitionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the modules that publish content: their events arrive after commit and are applied
 * off the user's thread, one at a time and in order (one worker), so a hide followed by a restore ends restored.
 * Each update re-reads the current public state, so nothing stale is indexed. A failed update is logged; the
 * rebuild (admin action, {@code reindex} command) repairs anything missed.
 */
@Component
class PublicContentListener {

    private static final Logger LOG = LoggerFactory.getLogger(PublicContentListener.class);

    private final PublicContentMirror mirror;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        return t;
    });

    PublicContentListener(PublicContentMirror mirror) {
        this.mirror = mirror;
    }

    @TransactionalEventListener
    void on(DraftPublished e) {
        apply("draft " + e.draftId(), () -> mirror.syncDraft(e.draftId()));
    }

    @TransactionalEventListener
    void on(CommentSubmitted e) {
        apply("comment " + e.commentId(), () -> mirror.syncComment(e.commentId()));
    }

    @TransactionalEventListener
    void on(CommentChanged e) {
        apply("comment " + e.commentId(), () -> mirror.syncComment(e.commentId()));
    }

    @TransactionalEventListener
    void on(PetitionChanged e) {
        apply("petition " + e.petitionId(), () -> mirror.syncPetition(e.petitionId()));
    }

    @TransactionalEventListener
    void on(AppealAnswered e) {
        if (e.publishAnonymised()) {
            apply("answer " + e.appealId(), () -> mirror.syncAnswer(e.appealId()));
        }
    }

    @TransactionalEventListener
    void on(AppealDisputed e) {
        if (e.publishAnonymised()) {
            apply("answer " + e.appealId(), () -> mirror.syncAnswer(e.appealId()));
        }
    }

    /** Waits until every update queued so far has been applied; false on timeout. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        try {
            worker.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void apply(String what, Runnable update) {
        try {
            worker.execute(() -> {
                try {
                    update.run();
                } catch (RuntimeException ex) {
                    LOG.warn("search index update for {} failed; a rebuild repairs it", what, ex);
                }
            });
        } catch (RejectedExecutionException ex) {
            // Shutting down: the committing transaction must not fail for the index; the next rebuild catches up.
            LOG.warn("search index update for {} skipped during shutdown", what);
        }
    }
}
