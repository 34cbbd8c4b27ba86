package org.pikir.appeal;

import java.time.Instant;

/** An agency's answer with its rating (null until rated). */
public record ReplyView(
        long id,
        long agencyId,
        String officialName,
        String text,
        Instant createdAt,
        Integer rating,
        String ratingComment) {}
