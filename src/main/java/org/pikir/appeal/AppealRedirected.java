package org.pikir.appeal;

import java.time.Instant;

/**
 * Published inside the transaction that sends an appeal to another agency. The analysis module moves the appeal
 * into the receiving agency's campaigns and topics from it. Listen with {@code @TransactionalEventListener}.
 */
public record AppealRedirected(long appealId, long fromAgencyId, long toAgencyId, String text, Instant submittedAt) {}
