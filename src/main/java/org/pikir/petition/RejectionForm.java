package org.pikir.petition;

/** A moderator's rejection: a reason code and a note (required for OTHER). */
public record RejectionForm(RejectionReason reason, String note) {}
