package org.pikir.search;

import java.time.Duration;
import org.pikir.appeal.AppealAnswered;
import org.pikir.appeal.AppealDisputed;
import org.pikir.consultation.CommentChanged;
import org.pikir.consultation.CommentSubmitted;
import org.pikir.consultation.DraftPublished;
import org.pikir.petition.PetitionChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the modules that publish content. Their events are durable: each reaches these
 * methods after commit, off the user's thread, and stays in the event publication registry until the update is
 * applied (a crash or a failed update means it is delivered again, see {@code EventPublicationResubmitter}).
 * Each update re-reads the current public state, so a second delivery changes nothing and nothing stale is
 * indexed; updates of one document are serialised by a PostgreSQL advisory lock on the document (any node), so a
 * hide followed by a restore ends restored.
 */
@Component
class PublicContentListener {

    private final PublicContentMirror mirror;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;

    PublicContentListener(PublicContentMirror mirror, TransactionTemplate tx, JdbcTemplate jdbc) {
        this.mirror = mirror;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(DraftPublished e) {
        apply(SearchKind.DRAFT, e.draftId(), () -> mirror.syncDraft(e.draftId()));
    }

    @ApplicationModuleListener
    void on(CommentSubmitted e) {
        apply(SearchKind.COMMENT, e.commentId(), () -> mirror.syncComment(e.commentId()));
    }

    @ApplicationModuleListener
    void on(CommentChanged e) {
        apply(SearchKind.COMMENT, e.commentId(), () -> mirror.syncComment(e.commentId()));
    }

    @ApplicationModuleListener
    void on(PetitionChanged e) {
        apply(SearchKind.PETITION, e.petitionId(), () -> mirror.syncPetition(e.petitionId()));
    }

    @ApplicationModuleListener
    void on(AppealAnswered e) {
        if (e.publishAnonymised()) {
            apply(SearchKind.ANSWER, e.appealId(), () -> mirror.syncAnswer(e.appealId()));
        }
    }

    @ApplicationModuleListener
    void on(AppealDisputed e) {
        if (e.publishAnonymised()) {
            apply(SearchKind.ANSWER, e.appealId(), () -> mirror.syncAnswer(e.appealId()));
        }
    }

    /**
     * Waits until no index update of a committed transaction is outstanding (its publication is complete); false
     * on timeout.
     */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Integer open = jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null and listener_id like ?",
                    Integer.class,
                    PublicContentListener.class.getName() + ".%");
            if (open != null && open == 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Runs one document's update in a transaction holding that document's advisory lock. */
    private void apply(SearchKind kind, long id, Runnable update) {
        tx.executeWithoutResult(s -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?, ?)", Object.class, kind.ordinal() + 7300, (int)
                    (id ^ (id >>> 32)));
            update.run();
        });
    }
}
