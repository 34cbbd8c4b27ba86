package org.pikir.consideration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pikir.consultation.ConsultationQueries.DraftDetail;
import org.pikir.notification.NotificationService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells comment authors what was decided on their comment (in-app and by e-mail, in their language). */
@Component
class ConsiderationNotifications {

    static final String LINK = "my-comments";

    private final NotificationService notifications;
    private final NamedParameterJdbcTemplate jdbc;

    ConsiderationNotifications(NotificationService notifications, NamedParameterJdbcTemplate jdbc) {
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    /** One notification per author and language of their comments; the draft title in that language. */
    void decided(DraftDetail draft, List<Long> commentIds, Outcome outcome, String reason) {
        if (commentIds.isEmpty()) {
            return;
        }
        Map<String, Set<Long>> authorsByLanguage = new LinkedHashMap<>();
        for (int from = 0; from < commentIds.size(); from += 5000) {
            List<Long> chunk = new ArrayList<>(commentIds.subList(from, Math.min(commentIds.size(), from + 5000)));
            jdbc.query(
                    "select author_id, language from consultation_comment where id in (:ids)",
                    new MapSqlParameterSource("ids", chunk),
                    rs -> {
                        String language = switch (rs.getString(2)) {
                            case "kk", "ru", "en" -> rs.getString(2);
                            default -> "ru";
                        };
                        authorsByLanguage
                                .computeIfAbsent(language, k -> new LinkedHashSet<>())
                                .add(rs.getLong(1));
                    });
        }
        Set<Long> done = new LinkedHashSet<>();
        authorsByLanguage.forEach((language, authors) -> {
            authors.removeAll(done);
            done.addAll(authors);
            notifications.notifyAll(
                    authors,
                    "consideration.notify.subject",
                    "consideration.notify.body." + outcome,
                    List.of(draft.title().show(language).text(), reason == null ? "" : reason),
                    LINK);
        });
    }
}
