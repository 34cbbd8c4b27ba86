package org.pikir.appeal;

import java.time.Instant;
import org.pikir.shared.LanguageCode;

/**
 * Published inside the transaction that sends an appeal to another agency. The analysis module moves the appeal
 * into the receiving agency's campaigns and topics from it. Listen with {@code @ApplicationModuleListener}.
 */
public record AppealRedirected(
        long appealId, long fromAgencyId, long toAgencyId, String text, LanguageCode language, Instant submittedAt) {}
