package org.pikir.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.pikir.account.CurrentUser;
import org.pikir.shared.PublicTextMask;
import org.pikir.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people what happened to their appeals, petitions and comments: in the app, and by e-mail in their
 * own language. Writing the notification joins the caller's transaction, so a change and its notification
 * are committed together; mail goes out after commit and is retried by {@link MailDispatcher}.
 */
@Service
@Transactional
public class NotificationService {

    static final String SEPARATOR = "\u001f";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(JdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notifies one person. {@code args} are already formatted strings for {0}, {1}… in both texts;
     * {@code link} is a relative route such as "appeals/123" (or null).
     */
    public void notify(long accountId, String subjectKey, String bodyKey, List<String> args, String link) {
        notifyAll(List.of(accountId), subjectKey, bodyKey, args, link);
    }

    /** Notifies one person in the app only, without e-mail (e.g. they asked to be contacted in Pikir only). */
    public void notifyInAppOnly(long accountId, String subjectKey, String bodyKey, List<String> args, String link) {
        write(List.of(accountId), subjectKey, bodyKey, args, link, false);
    }

    /** Notifies several people with the same message. */
    public void notifyAll(
            Collection<Long> accountIds, String subjectKey, String bodyKey, List<String> args, String link) {
        write(accountIds, subjectKey, bodyKey, args, link, true);
    }

    private void write(
            Collection<Long> accountIds,
            String subjectKey,
            String bodyKey,
            List<String> args,
            String link,
            boolean email) {
        if (accountIds.isEmpty()) {
            return;
        }
        // the arguments quote titles, reasons and texts other people wrote: masked like every published text
        String joined = String.join(
                SEPARATOR,
                args.stream().map(a -> a == null ? "" : PublicTextMask.mask(a)).toList());
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = accountIds.stream()
                .distinct()
                .map(id -> new Object[] {id, subjectKey, bodyKey, joined, link, now, email ? "PENDING" : "SKIPPED"})
                .toList();
        jdbc.batchUpdate("""
                insert into notification (account_id, subject_key, body_key, args, link, created_at, mail_status)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
        events.publishEvent(new NotificationsCreated());
    }

    /** The signed-in person's notifications, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<Notification> mine(int offset, int limit) {
        return jdbc.query("""
                select id, subject_key, body_key, args, link, created_at, read_at from notification
                where account_id = ? order by created_at desc, id desc offset ? limit ?""", MAPPER, currentUser.require().accountId(), offset, limit);
    }

    /** How many notifications the signed-in person has (for paging). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public int countMine() {
        Integer count = jdbc.queryForObject(
                "select count(*) from notification where account_id = ?",
                Integer.class,
                currentUser.require().accountId());
        return count == null ? 0 : count;
    }

    /** How many of the signed-in person's notifications are unread. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public int unreadCount() {
        Integer count = jdbc.queryForObject(
                "select count(*) from notification where account_id = ? and read_at is null",
                Integer.class,
                currentUser.require().accountId());
        return count == null ? 0 : count;
    }

    /** Marks one of the signed-in person's notifications read (others' ids are ignored). */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void markRead(long notificationId) {
        jdbc.update(
                "update notification set read_at = ? where id = ? and account_id = ? and read_at is null",
                Timestamp.from(clock.instant()),
                notificationId,
                currentUser.require().accountId());
    }

    /** Marks all the signed-in person's notifications read. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void markAllRead() {
        jdbc.update(
                "update notification set read_at = ? where account_id = ? and read_at is null",
                Timestamp.from(clock.instant()),
                currentUser.require().accountId());
    }

    static List<String> splitArgs(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }

    private static final RowMapper<Notification> MAPPER = (rs, i) -> new Notification(
            rs.getLong("id"),
            rs.getString("subject_key"),
            rs.getString("body_key"),
            splitArgs(rs.getString("args")),
            rs.getString("link"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("read_at") == null
                    ? null
                    : rs.getTimestamp("read_at").toInstant());

    /** Published when notifications were written; mail goes out after the transaction commits. */
    record NotificationsCreated() {}
}
