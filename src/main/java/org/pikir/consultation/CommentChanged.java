package org.pikir.consultation;

/**
 * Published inside the transaction that changes a stored comment: its author edited it, or a moderator hid or
 * restored it. Listen with {@code @TransactionalEventListener} to act after commit; whether the comment is
 * public now is answered by {@link ConsultationPublicTexts#comment}.
 */
public record CommentChanged(long commentId, long draftId, Change change) {

    /** What happened to the comment. */
    public enum Change {
        EDITED,
        HIDDEN,
        RESTORED
    }
}
