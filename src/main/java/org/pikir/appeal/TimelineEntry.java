package org.pikir.appeal;

import java.time.Instant;

/** One timeline entry as shown: names resolved, the author's own actions without actor name. */
public record TimelineEntry(
        AppealEventKind kind,
        Instant at,
        String actorName,
        long agencyId,
        Long targetAgencyId,
        String targetAccountName,
        String note,
        Instant dueAt) {}
