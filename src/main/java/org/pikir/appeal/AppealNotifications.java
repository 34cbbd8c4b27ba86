package org.pikir.appeal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.pikir.account.AccountService;
import org.pikir.notification.NotificationService;
import org.springframework.stereotype.Component;

/**
 * Tells the author about every status change of an appeal (and the receiving officials about new work),
 * in the app and by e-mail through the notification module, in the caller's transaction.
 */
@Component
class AppealNotifications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final NotificationService notifications;
    private final AccountService accounts;
    private final AppealDeadlines deadlines;

    AppealNotifications(NotificationService notifications, AccountService accounts, AppealDeadlines deadlines) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.deadlines = deadlines;
    }

    void registered(Appeal appeal) {
        toAuthor(appeal, "registered", due(appeal));
        toAgency(appeal, "new", due(appeal));
    }

    void assigned(Appeal appeal, long assignee, long actor) {
        toAuthor(appeal, "assigned");
        if (assignee != actor) {
            notifications.notify(
                    assignee,
                    "appeal.notify.assignedToYou.subject",
                    "appeal.notify.assignedToYou.body",
                    List.of(appeal.getNumber(), due(appeal)),
                    link(appeal));
        }
    }

    void redirected(Appeal appeal, String reason) {
        toAuthor(appeal, "redirected", reason, due(appeal));
        toAgency(appeal, "new", due(appeal));
    }

    void extended(Appeal appeal, String reason) {
        toAuthor(appeal, "extended", due(appeal), reason);
    }

    void answered(Appeal appeal) {
        toAuthor(appeal, "answered");
    }

    void dismissed(Appeal appeal) {
        toAuthor(appeal, "dismissed");
    }

    void disputed(Appeal appeal) {
        toAuthor(appeal, "disputedAuthor", due(appeal));
        toAgency(appeal, "disputed", due(appeal));
    }

    private void toAuthor(Appeal appeal, String what, String... more) {
        // The author chose how to hear back: "in Pikir only" keeps the notification out of their mailbox.
        if (appeal.getContactPreference() == ContactPreference.IN_APP) {
            notifications.notifyInAppOnly(
                    appeal.getAuthorId(),
                    "appeal.notify." + what + ".subject",
                    "appeal.notify." + what + ".body",
                    args(appeal, more),
                    link(appeal));
        } else {
            notifications.notify(
                    appeal.getAuthorId(),
                    "appeal.notify." + what + ".subject",
                    "appeal.notify." + what + ".body",
                    args(appeal, more),
                    link(appeal));
        }
    }

    private void toAgency(Appeal appeal, String what, String... more) {
        List<Long> officials = accounts.officialsOf(appeal.getAgencyId()).stream()
                .map(AccountService.Contact::accountId)
                .filter(id -> id != appeal.getAuthorId())
                .toList();
        notifications.notifyAll(
                officials,
                "appeal.notify." + what + ".subject",
                "appeal.notify." + what + ".body",
                args(appeal, more),
                link(appeal));
    }

    private static List<String> args(Appeal appeal, String... more) {
        List<String> args = new java.util.ArrayList<>();
        args.add(appeal.getNumber());
        args.addAll(List.of(more));
        return args;
    }

    private String due(Appeal appeal) {
        Instant due = appeal.getDueAt();
        return DATE.format(due.atZone(deadlines.zone(appeal.getCountry())));
    }

    private static String link(Appeal appeal) {
        return "appeals/" + appeal.getId();
    }
}
