package org.pikir.notification;

import java.util.List;
import org.pikir.account.RepeatedSignInFailures;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells an account's owner, in the app and by e-mail, that sign-in to their account failed repeatedly. */
@Component
class SignInFailureNotices {

    private final NotificationService notifications;

    SignInFailureNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(RepeatedSignInFailures event) {
        notifications.notify(
                event.accountId(),
                "notification.signInFailures.subject",
                "notification.signInFailures.body",
                List.of(String.valueOf(event.failures())),
                "profile");
    }
}
