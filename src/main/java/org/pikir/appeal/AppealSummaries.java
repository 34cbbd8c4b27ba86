package org.pikir.appeal;

import java.time.Instant;
import java.util.Map;

/** Maps entities to list rows; shared by the author's list and the inbox. */
final class AppealSummaries {

    private AppealSummaries() {}

    static AppealSummary of(Appeal a, Map<Long, String> assigneeNames, Instant now, AppealDeadlines deadlines) {
        return new AppealSummary(
                a.getId(),
                a.getNumber(),
                a.getCountry(),
                a.getAgencyId(),
                a.getType(),
                a.getSubject(),
                a.getStatus(),
                a.getLanguage().code(),
                a.getRegisteredAt(),
                a.getDueAt(),
                a.getAssigneeId(),
                a.getAssigneeId() == null ? null : assigneeNames.get(a.getAssigneeId()),
                a.isOverdue(now),
                deadlines.daysLeft(a.getCountry(), a.getDueAt()));
    }
}
