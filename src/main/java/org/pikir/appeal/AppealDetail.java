package org.pikir.appeal;

import java.time.Instant;
import java.util.List;
import org.pikir.country.CountryCode;

/**
 * An appeal as the caller may see it. For {@link AppealAccess#FORMER_HANDLER} the text, author, replies and
 * attachments are left out and the timeline holds only that agency's own entries.
 */
public record AppealDetail(
        long id,
        String number,
        CountryCode country,
        long agencyId,
        long originalAgencyId,
        AppealType type,
        String subject,
        String text,
        String language,
        ContactPreference contactPreference,
        boolean publishAnonymised,
        AppealStatus status,
        Long assigneeId,
        String assigneeName,
        String authorName,
        Instant registeredAt,
        Instant dueAt,
        long daysLeft,
        boolean overdue,
        boolean extended,
        boolean disputed,
        DismissReason dismissReason,
        List<AttachmentInfo> attachments,
        List<TimelineEntry> timeline,
        List<ReplyView> replies,
        AppealAccess access) {

    /** The author may rate the latest answer once, while the appeal stands answered. */
    public boolean canRate() {
        return access == AppealAccess.AUTHOR
                && status == AppealStatus.ANSWERED
                && !replies.isEmpty()
                && replies.getLast().rating() == null;
    }

    /** The author may dispute an answer or a dismissal once. */
    public boolean canDispute() {
        return access == AppealAccess.AUTHOR
                && !disputed
                && (status == AppealStatus.ANSWERED || status == AppealStatus.DISMISSED);
    }

    /** Officials of the handling agency work open appeals. */
    public boolean canHandle() {
        return access == AppealAccess.HANDLER && status.isOpen();
    }
}
