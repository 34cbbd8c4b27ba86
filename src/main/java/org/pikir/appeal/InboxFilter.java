package org.pikir.appeal;

/**
 * Inbox filters; null means "any". {@code assigneeId} picks one colleague's appeals, {@code unassignedOnly}
 * those nobody took yet; {@code text} searches number, subject and text.
 */
public record InboxFilter(
        AppealStatus status,
        AppealType type,
        String language,
        DueFilter due,
        Long assigneeId,
        boolean unassignedOnly,
        String text) {

    /** Everything, open and closed. */
    public static InboxFilter all() {
        return new InboxFilter(null, null, null, DueFilter.ANY, null, false, null);
    }

    public enum DueFilter {
        ANY,
        /** Open and past the deadline. */
        OVERDUE,
        /** Open and due within three working days (not yet overdue). */
        DUE_SOON
    }
}
