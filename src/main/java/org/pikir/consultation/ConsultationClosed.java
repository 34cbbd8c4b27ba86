package org.pikir.consultation;

import java.time.Instant;

/**
 * Published when a draft's discussion closes (by its official or when the window ends), inside the closing
 * transaction. The analysis module re-clusters the draft's comments from it, so campaigns and topics are ready
 * for the consideration of the closed round.
 */
public record ConsultationClosed(long consultationId, Instant closedAt) {}
