package org.pikir.notification;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pikir.shared.i18n.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends pending notification mails in each recipient's language: right after the transaction that wrote
 * them commits, and again every minute for anything a failure left behind (five attempts). Without a
 * configured SMTP host ({@code PIKIR_MAIL_HOST}) no connection is ever attempted: mails are marked SKIPPED,
 * one line at start says so, and the in-app notification is unaffected.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TranslationProvider translations;
    private final String from;
    private final String baseUrl;
    private final boolean enabled;

    MailDispatcher(
            JdbcTemplate jdbc,
            ObjectProvider<JavaMailSender> mailSender,
            TranslationProvider translations,
            @Value("${pikir.mail.from}") String from,
            @Value("${pikir.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.translations = translations;
        this.from = from;
        this.baseUrl = baseUrl;
        // Spring Boot creates a mail sender for an empty host too (it would then try localhost:25).
        JavaMailSender sender = mailSender.getIfAvailable();
        String host = sender instanceof JavaMailSenderImpl impl ? impl.getHost() : sender == null ? null : "?";
        this.enabled = host != null && !host.isBlank();
        if (enabled) {
            log.info("Notification mails are sent through {}", host);
        } else {
            log.info(
                    "Notification mails are off (PIKIR_MAIL_HOST is not set): notifications are shown in the app only");
        }
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(NotificationService.NotificationsCreated event) {
        dispatchPending();
    }

    @Scheduled(fixedDelayString = "${pikir.mail.retry-ms:60000}", initialDelay = 30_000)
    @SchedulerLock(name = "notification.mailRetry", lockAtLeastFor = "PT5S")
    void retry() {
        dispatchPending();
    }

    /** Sends what is pending; synchronized so the after-commit and the scheduled run never send twice. */
    synchronized int dispatchPending() {
        List<Pending> pending = jdbc.query(
                """
                select n.id, n.subject_key, n.body_key, n.args, n.link, n.mail_attempts, u.email, u.preferred_language
                from notification n join user_account u on u.id = n.account_id
                where n.mail_status = 'PENDING' order by n.id limit ?""",
                (rs, i) -> new Pending(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getString(8)),
                BATCH);
        JavaMailSender sender = enabled ? mailSender.getIfAvailable() : null;
        int sent = 0;
        for (Pending p : pending) {
            if (sender == null) {
                jdbc.update("update notification set mail_status = 'SKIPPED' where id = ?", p.id());
                continue;
            }
            try {
                sender.send(message(sender, p));
                jdbc.update(
                        "update notification set mail_status = 'SENT', mail_attempts = mail_attempts + 1 where id = ?",
                        p.id());
                sent++;
            } catch (Exception e) {
                String status = p.attempts() + 1 >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
                log.warn("Mail for notification {} failed (attempt {}): {}", p.id(), p.attempts() + 1, e.getMessage());
                jdbc.update(
                        "update notification set mail_status = ?, mail_attempts = mail_attempts + 1 where id = ?",
                        status,
                        p.id());
                if ("PENDING".equals(status)) {
                    break; // the server is probably down: leave the rest for the next scheduled run
                }
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, Pending p) throws Exception {
        Locale locale = Locale.of(p.language());
        Object[] args = NotificationService.splitArgs(p.args()).toArray();
        String subject = translations.getTranslation(p.subjectKey(), locale, args);
        StringBuilder body = new StringBuilder(translations.getTranslation(p.bodyKey(), locale, args));
        if (p.link() != null && !p.link().isBlank()) {
            body.append("\n\n").append(baseUrl).append('/').append(p.link());
        }
        body.append("\n\n— ").append(translations.getTranslation("notification.mail.footer", locale));
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(p.email());
        helper.setSubject(subject);
        helper.setText(body.toString(), false);
        return mime;
    }

    private record Pending(
            long id,
            String subjectKey,
            String bodyKey,
            String args,
            String link,
            int attempts,
            String email,
            String language) {}
}
