package org.pikir.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Appends to a draft's timeline (draft_event); rows are never updated or deleted. */
@Component
class DraftTimeline {

    /** Kinds of timeline entries (names match the draft_event check constraint). */
    enum Kind {
        CREATED,
        EDITED,
        OPENED,
        CLOSED,
        VERSION_PUBLISHED,
        ADOPTED,
        WITHDRAWN,
        ARTICLE_ADDED,
        ARTICLE_CHANGED,
        ARTICLE_REMOVED
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DraftTimeline(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(long draftId, int versionNumber, Kind kind, Long actorId, String detail) {
        jdbc.update(
                "insert into draft_event (draft_id, version_number, kind, actor_id, at, detail) values (?, ?, ?, ?, ?, ?)",
                draftId,
                versionNumber,
                kind.name(),
                actorId,
                Timestamp.from(clock.instant()),
                detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail);
    }
}
