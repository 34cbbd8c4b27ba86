package org.pikir.appeal;

import java.time.Instant;
import org.pikir.country.CountryCode;

/**
 * Published when an appeal is registered, inside the submitting transaction: listen with
 * {@code @TransactionalEventListener} (AFTER_COMMIT, the default) to see only committed appeals. The analysis
 * module uses it to detect the language and campaigns of near-identical complaints.
 */
public record AppealSubmitted(long appealId, long agencyId, CountryCode country, String text, Instant createdAt) {}
