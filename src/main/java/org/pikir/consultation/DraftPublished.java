package org.pikir.consultation;

/**
 * Published inside the transaction that makes a draft law's text public: its consultation was opened, or a new
 * version was published. Listen with {@code @TransactionalEventListener} to act after commit, and read the text
 * through {@link ConsultationPublicTexts} (the event carries ids only, so a late reader sees the current text).
 */
public record DraftPublished(long draftId, int version) {}
