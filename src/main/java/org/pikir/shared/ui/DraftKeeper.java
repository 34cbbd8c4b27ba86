package org.pikir.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps what a person types into a form on their own device, so that a dropped connection, a reload or a
 * crashed browser does not lose a comment, appeal or petition. The browser writes every keystroke to its
 * {@code localStorage} itself (text typed while the server is unreachable is kept too) and puts it back into
 * the fields when the form is shown again; the entry is removed only once the server acknowledged the
 * submission ({@link #sent()}).
 *
 * <p>Each form also has a submission id, stored with the draft: a form sent again after its answer was lost
 * carries the same id, and the services recognise it instead of storing a copy.
 *
 * <p>A status line next to the send button tells the person plainly when there is no connection and that their
 * text is kept; Vaadin queues the click and sends it when the connection is back.
 *
 * <p>Privacy: drafts are kept only for signed-in people, under a key derived from the account (a hash, not the
 * e-mail address), so another account signed in on the same browser never sees them; signing out removes every
 * draft from the device ({@link #forgetAll(UI)}); drafts older than {@link #MAX_AGE} are removed when a form
 * opens. The scripts run through Vaadin's own channel ({@code executeJs}); the page has no inline script tags.
 */
public final class DraftKeeper {

    /** Prefix of every draft key in the browser's storage. */
    public static final String PREFIX = "pikir.draft.";

    /** Drafts untouched for longer are removed from the device. */
    static final Duration MAX_AGE = Duration.ofDays(30);

    // Runs on the field element: puts a kept text back (telling the server through the field's own events),
    // then saves the field on every input. Returns the submission id the kept draft was typed under.
    private static final String KEEP_FIELD = """
            const el = this, key = $0, name = $1, maxAge = $3;
            const drafts = window.pikirDrafts = window.pikirDrafts || {};
            const read = k => { try { return JSON.parse(localStorage.getItem(k)); } catch (e) { return null; } };
            try {
              const now = Date.now();
              for (let i = localStorage.length - 1; i >= 0; i--) {
                const k = localStorage.key(i);
                if (k && k.startsWith('pikir.draft.')) {
                  const old = read(k);
                  if (!old || !old.at || now - old.at > maxAge) localStorage.removeItem(k);
                }
              }
            } catch (e) { return $2; }
            const entry = read(key);
            drafts[key] = (entry && entry.sid) || $2;
            const kept = entry && entry.fields && entry.fields[name];
            if (typeof kept === 'string' && kept !== '' && !el.value) {
              el.value = kept;
              el.dispatchEvent(new Event('input'));
              el.dispatchEvent(new Event('change'));
            }
            if (!el.pikirDraftKept) {
              el.pikirDraftKept = true;
              el.addEventListener('input', () => {
                try {
                  const e = read(key) || {};
                  e.fields = e.fields || {};
                  e.fields[name] = el.value || '';
                  e.sid = e.sid || drafts[key];
                  e.at = Date.now();
                  if (Object.values(e.fields).some(v => v)) localStorage.setItem(key, JSON.stringify(e));
                  else localStorage.removeItem(key);
                } catch (ignored) { /* storage full or disabled: the form still works, unkept */ }
              });
            }
            return drafts[key];
            """;

    // Runs on the status line: follows Vaadin's connection state and says what is happening to the text.
    private static final String WATCH_CONNECTION = """
            const box = this, texts = { offline: $0, notSent: $1, back: $2 };
            const cs = () => window.Vaadin && window.Vaadin.connectionState;
            const offline = () => navigator.onLine === false
                || (cs() && (cs().state === 'connection-lost' || cs().state === 'reconnecting'));
            const show = t => { box.textContent = t; box.hidden = !t; };
            box.pikirUpdate = () => {
              if (offline()) {
                box.pikirWasOffline = true;
                show(box.pikirPending ? texts.notSent : texts.offline);
              } else if (box.pikirWasOffline && box.pikirPending) {
                show(texts.back);
              } else {
                box.pikirWasOffline = false;
                show('');
              }
            };
            if (!box.pikirListening) {
              box.pikirListening = true;
              const listener = () => {
                if (!box.isConnected) {
                  box.pikirListening = false;
                  window.removeEventListener('offline', listener);
                  window.removeEventListener('online', listener);
                  if (cs()) cs().removeStateChangeListener(listener);
                  return;
                }
                box.pikirUpdate();
              };
              window.addEventListener('offline', listener);
              window.addEventListener('online', listener);
              if (cs()) cs().addStateChangeListener(listener);
            }
            box.pikirUpdate();
            """;

    // Runs on the send button: a click while the connection is down makes the status line say "not sent yet".
    private static final String WATCH_SEND = """
            const box = $0;
            if (!this.pikirDraftSend) {
              this.pikirDraftSend = true;
              this.addEventListener('click', () => {
                box.pikirPending = true;
                if (box.pikirUpdate) box.pikirUpdate();
              });
            }
            """;

    private final String storageKey;
    private final Div status = new Div();
    private UUID submissionId = UUID.randomUUID();

    private DraftKeeper(String storageKey, String statusId) {
        this.storageKey = storageKey;
        status.setId(statusId);
        status.addClassName("pikir-draft-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addAttachListener(e -> status.getElement()
                .executeJs(
                        WATCH_CONNECTION,
                        status.getTranslation("draft.offline"),
                        status.getTranslation("draft.notSent"),
                        status.getTranslation("draft.back")));
    }

    /**
     * A keeper for one form of the signed-in person. {@code formKey} names the form and what it is about, with
     * no personal data (e.g. {@code appeal.new}, {@code consultation.42.comment}); {@code statusId} is the id of
     * the status line. For nobody signed in, nothing is stored (the status line still works).
     */
    public static DraftKeeper forForm(String formKey, String statusId) {
        return new DraftKeeper(scope().map(s -> PREFIX + s + "." + formKey).orElse(null), statusId);
    }

    /** Keeps the text of a field under {@code name}; a kept text is put back when the field is shown. */
    public <C extends Component & HasValue<?, String>> DraftKeeper keep(String name, C field) {
        if (storageKey == null) {
            return this;
        }
        field.addAttachListener(e -> field.getElement()
                .executeJs(KEEP_FIELD, storageKey, name, submissionId.toString(), MAX_AGE.toMillis())
                .then(String.class, this::adoptSubmissionId));
        return this;
    }

    /** Lets the status line say when a click on the send button could not reach the server yet. */
    public DraftKeeper watch(Button send) {
        send.addAttachListener(e -> send.getElement().executeJs(WATCH_SEND, status.getElement()));
        // The click reached the server, which answers with its own message: the status line has done its job.
        send.addClickListener(e -> status.getElement()
                .executeJs("this.pikirPending = false; this.pikirWasOffline = false;"
                        + " if (this.pikirUpdate) this.pikirUpdate();"));
        return this;
    }

    /** The status line to place next to the send button (empty and hidden while the connection is fine). */
    public Component status() {
        return status;
    }

    /** The id to send the form with, so a resend of the same draft is recognised. */
    public UUID submissionId() {
        return submissionId;
    }

    /** The server acknowledged the submission: the draft leaves the device and the next one gets a new id. */
    public void sent() {
        submissionId = UUID.randomUUID();
        if (storageKey == null) {
            return;
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage()
                    .executeJs(
                            "try { localStorage.removeItem($0); } catch (e) {}"
                                    + " (window.pikirDrafts = window.pikirDrafts || {})[$0] = $1;",
                            storageKey,
                            submissionId.toString());
        }
    }

    /** Removes every kept draft from the browser (on sign-out, so nothing stays behind on a shared computer). */
    public static void forgetAll(UI ui) {
        ui.getPage()
                .executeJs(
                        "try { for (let i = localStorage.length - 1; i >= 0; i--) {"
                                + " const k = localStorage.key(i); if (k && k.startsWith($0)) localStorage.removeItem(k); }"
                                + " } catch (e) {} window.pikirDrafts = {};",
                        PREFIX);
    }

    private void adoptSubmissionId(String kept) {
        if (kept == null) {
            return;
        }
        try {
            submissionId = UUID.fromString(kept);
        } catch (IllegalArgumentException tampered) {
            // Not one of ours: keep the server's id.
        }
    }

    /** A short, stable, non-reversible name of the signed-in account for storage keys; empty when nobody is. */
    static Optional<String> scope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(scopeOf(auth.getName()));
    }

    static String scopeOf(String accountName) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("pikir-draft:" + accountName).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
