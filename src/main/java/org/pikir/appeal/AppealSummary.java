package org.pikir.appeal;

import java.time.Instant;
import org.pikir.country.CountryCode;

/** One row of "My appeals" or the inbox. {@code daysLeft} counts calendar days in the country's zone. */
public record AppealSummary(
        long id,
        String number,
        CountryCode country,
        long agencyId,
        AppealType type,
        String subject,
        AppealStatus status,
        String language,
        Instant registeredAt,
        Instant dueAt,
        Long assigneeId,
        String assigneeName,
        boolean overdue,
        long daysLeft) {}
