package org.pikir.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    GreenMail greenMail;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    org.pikir.shared.i18n.TranslationProvider translations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void storesInAppNotificationAndMailsItInTheRecipientsLanguageAfterCommit() {
        PikirUser citizen = fixtures.citizen("KZ");
        tx.executeWithoutResult(s -> notifications.notify(
                citizen.accountId(), "notification.title", "notification.unread", List.of("3"), "notifications"));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> Arrays.stream(greenMail.getReceivedMessages())
                        .anyMatch(m -> recipient(m).equals(citizen.getUsername())));
        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipient(m).equals(citizen.getUsername()))
                .findFirst()
                .orElseThrow();
        // the fixture registers people with English as their language
        assertThat(GreenMailUtil.getBody(mail))
                .contains("Notifications: 3 unread")
                .contains("/notifications");

        TestUsers.signIn(citizen);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        Notification stored = notifications.mine(0, 10).getFirst();
        assertThat(stored.args()).containsExactly("3");
        notifications.markRead(stored.id());
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void nothingIsStoredOrSentWhenTheCallersTransactionRollsBack() {
        PikirUser citizen = fixtures.citizen("UZ");
        try {
            tx.executeWithoutResult(s -> {
                notifications.notify(citizen.accountId(), "notification.title", "notification.empty", List.of(), null);
                throw new IllegalStateException("change failed");
            });
        } catch (IllegalStateException expected) {
            // the change and its notification go together
        }
        TestUsers.signIn(citizen);
        assertThat(notifications.countMine()).isZero();
    }

    @Test
    void inAppOnlyNotificationsAreNeverMailed() {
        PikirUser citizen = fixtures.citizen("TM");
        tx.executeWithoutResult(s -> notifications.notifyInAppOnly(
                citizen.accountId(), "notification.title", "notification.unread", List.of("1"), null));
        String status = jdbc.queryForObject(
                "select mail_status from notification where account_id = ?", String.class, citizen.accountId());
        assertThat(status).isEqualTo("SKIPPED");
        TestUsers.signIn(citizen);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void withoutAMailHostNoConnectionIsAttemptedAndThePendingMailIsSkipped() {
        PikirUser citizen = fixtures.citizen("KZ");
        tx.executeWithoutResult(s -> notifications.notifyInAppOnly(
                citizen.accountId(), "notification.title", "notification.unread", List.of("1"), null));
        jdbc.update("update notification set mail_status = 'PENDING' where account_id = ?", citizen.accountId());
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // What Spring Boot builds when PIKIR_MAIL_HOST is empty: a sender without a host (it would try localhost:25).
        var hostless = new org.springframework.mail.javamail.JavaMailSenderImpl() {
            @Override
            public jakarta.mail.internet.MimeMessage createMimeMessage() {
                asked.incrementAndGet();
                return super.createMimeMessage();
            }

            @Override
            public void send(jakarta.mail.internet.MimeMessage... messages) {
                asked.incrementAndGet();
                throw new IllegalStateException("no mail may be sent without a host");
            }
        };
        hostless.setHost(" ");
        var sender = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                        java.util.Map.of("mailSender", hostless))
                .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class);
        MailDispatcher withoutHost =
                new MailDispatcher(jdbc, sender, translations, "no-reply@pikir.example", "http://localhost");

        assertThat(withoutHost.dispatchPending()).isZero();
        assertThat(asked).hasValue(0);
        assertThat(jdbc.queryForObject(
                        "select mail_status from notification where account_id = ?", String.class, citizen.accountId()))
                .isEqualTo("SKIPPED");
    }

    @Test
    void peopleSeeOnlyTheirOwnNotifications() {
        PikirUser a = fixtures.citizen("KG");
        PikirUser b = fixtures.citizen("KG");
        tx.executeWithoutResult(
                s -> notifications.notify(a.accountId(), "notification.title", "notification.empty", List.of(), null));
        TestUsers.signIn(b);
        assertThat(notifications.countMine()).isZero();
        TestUsers.signIn(a);
        long id = notifications.mine(0, 1).getFirst().id();
        TestUsers.signIn(b);
        notifications.markRead(id); // silently ignored: not b's
        TestUsers.signIn(a);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }
}
