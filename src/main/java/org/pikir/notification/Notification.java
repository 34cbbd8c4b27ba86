package org.pikir.notification;

import java.time.Instant;
import java.util.List;

/** One notification as its recipient sees it. */
public record Notification(
        long id, String subjectKey, String bodyKey, List<String> args, String link, Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
