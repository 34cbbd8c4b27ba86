package org.pikir.petition;

/**
 * Published inside the transaction that changes what the public sees of a petition: a moderator approved it
 * (now public) or rejected it, or the addressee published the response. Listen with
 * {@code @TransactionalEventListener} to act after commit; read the public text through {@link PetitionPublicTexts}.
 */
public record PetitionChanged(long petitionId, PetitionStatus status) {}
