package org.pikir.appeal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.pikir.account.CurrentUser;
import org.pikir.appeal.AppealAccess;
import org.pikir.appeal.AppealDetail;
import org.pikir.appeal.AppealInboxService;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AttachmentFile;
import org.pikir.appeal.AttachmentInfo;
import org.pikir.appeal.ReplyView;
import org.pikir.appeal.TimelineEntry;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.ui.Feedback;

/**
 * One appeal: facts, text, attachments, answer and timeline; the author rates or disputes here, officials of
 * the handling agency work it here. Anyone else sees the ordinary "not found" page.
 */
@Route("appeals/:id([0-9]{1,18})")
@PermitAll
public class AppealDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AppealService appeals;
    private final AppealInboxService inbox;
    private final AppealText format;
    private long appealId;
    private String title = "";

    private final CurrentUser currentUser;

    public AppealDetailView(
            AppealService appeals, AppealInboxService inbox, CountryService countries, CurrentUser currentUser) {
        this.appeals = appeals;
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.format = new AppealText(this, getLocale(), countries);
        addClassName("pikir-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            appealId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
            render();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    /** Reads the appeal again and rebuilds the page (after every action). */
    void render() {
        AppealDetail a = appeals.detail(appealId);
        removeAll();
        title = getTranslation("appeal.detail.title", a.number());
        add(new H1(title));
        H2 subject = new H2(a.subject());
        subject.setId("appeal-subject-text");
        subject.addClassName("pikir-user-text");
        markLanguage(subject, a);
        add(subject);
        add(facts(a));
        if (a.access() == AppealAccess.FORMER_HANDLER) {
            add(new Paragraph(getTranslation("appeal.detail.formerHandler")));
        } else {
            add(new H2(getTranslation("appeal.detail.text")));
            Paragraph text = new Paragraph(a.text());
            text.addClassName("pikir-user-text");
            text.setId("appeal-text-body");
            markLanguage(text, a);
            add(text);
            add(attachments(a));
            add(replies(a));
        }
        if (a.canRate()) {
            add(rateForm());
        }
        if (a.canDispute()) {
            add(disputeForm());
        }
        if (a.canHandle()) {
            add(new AppealHandlingPanel(a, inbox, format, currentUser.require().accountId(), this::render));
        }
        add(timeline(a));
    }

    private Div facts(AppealDetail a) {
        Div facts = new Div();
        facts.setId("appeal-facts");
        facts.add(line(
                "appeal-status",
                getTranslation("appeal.detail.status", format.enumLabel("appeal.status.", a.status()))));
        facts.add(line("appeal-agency", getTranslation("appeal.detail.agency", format.agency(a.agencyId()))));
        if (a.originalAgencyId() != a.agencyId()) {
            facts.add(line(null, getTranslation("appeal.detail.originalAgency", format.agency(a.originalAgencyId()))));
        }
        facts.add(line(null, getTranslation("appeal.detail.type", format.enumLabel("appeal.type.", a.type()))));
        facts.add(
                line(null, getTranslation("appeal.detail.registered", format.dateTime(a.registeredAt(), a.country()))));
        String due = format.date(a.dueAt(), a.country());
        if (a.overdue()) {
            Div overdue = line("appeal-due", getTranslation("appeal.detail.overdue", due));
            overdue.addClassName("pikir-overdue");
            facts.add(overdue);
        } else if (a.status().isOpen()) {
            facts.add(line("appeal-due", getTranslation("appeal.detail.dueDaysLeft", due, a.daysLeft())));
        } else {
            facts.add(line("appeal-due", getTranslation("appeal.detail.due", due)));
        }
        if (a.extended()) {
            facts.add(line(null, getTranslation("appeal.detail.extended")));
        }
        if (a.access() == AppealAccess.HANDLER) {
            facts.add(line("appeal-author", getTranslation("appeal.detail.author", a.authorName())));
            facts.add(line(
                    null,
                    getTranslation(
                            "appeal.detail.contact", format.enumLabel("appeal.contact.", a.contactPreference()))));
            facts.add(line(null, getTranslation("appeal.detail.language", format.language(a.language()))));
        }
        if (a.publishAnonymised()) {
            facts.add(line(null, getTranslation("appeal.detail.publishYes")));
        }
        if (a.assigneeName() != null) {
            facts.add(line("appeal-assignee", getTranslation("appeal.detail.assignee", a.assigneeName())));
        }
        if (a.dismissReason() != null) {
            facts.add(line(
                    null,
                    getTranslation(
                            "appeal.detail.dismissed", format.enumLabel("appeal.dismissReason.", a.dismissReason()))));
        }
        return facts;
    }

    private Div attachments(AppealDetail a) {
        Div box = new Div(new H2(getTranslation("appeal.detail.attachments")));
        if (a.attachments().isEmpty()) {
            box.add(new Paragraph(getTranslation("appeal.detail.noAttachments")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        list.setId("appeal-attachments");
        for (AttachmentInfo info : a.attachments()) {
            long attachmentId = info.id();
            DownloadHandler download = DownloadHandler.fromInputStream(event -> {
                try {
                    AttachmentFile file = appeals.attachment(appealId, attachmentId);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            file.contentType(),
                            file.content().length);
                } catch (NotFoundException e) {
                    return DownloadResponse.error(404);
                }
            });
            Anchor link = new Anchor(download, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, info.fileName());
            list.add(new ListItem(link, new Span(" (" + (info.size() + 1023) / 1024 + " KB)")));
        }
        box.add(list);
        return box;
    }

    private Div replies(AppealDetail a) {
        Div box = new Div(new H2(getTranslation("appeal.detail.replies")));
        box.setId("appeal-replies");
        if (a.replies().isEmpty()) {
            box.add(new Paragraph(getTranslation("appeal.detail.noReply")));
        }
        int n = 0;
        for (ReplyView reply : a.replies()) {
            Div item = new Div();
            item.addClassName("pikir-card");
            item.add(line(
                    null,
                    getTranslation(
                            "appeal.detail.replyBy",
                            reply.officialName(),
                            format.dateTime(reply.createdAt(), a.country()))));
            Paragraph text = new Paragraph(reply.text());
            text.addClassName("pikir-user-text");
            text.setId("reply-text-" + n++);
            item.add(text);
            if (reply.rating() != null) {
                item.add(line("reply-rating", getTranslation("appeal.detail.rating", reply.rating())));
                if (reply.ratingComment() != null) {
                    Div comment = line(null, getTranslation("appeal.detail.ratingComment", reply.ratingComment()));
                    comment.addClassName("pikir-user-text");
                    item.add(comment);
                }
            }
            box.add(item);
        }
        return box;
    }

    private Div rateForm() {
        RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(getTranslation("appeal.rate.stars"));
        stars.setItems(1, 2, 3, 4, 5);
        stars.setId("rate-stars");
        TextArea comment = new TextArea(getTranslation("appeal.rate.comment"));
        comment.setMaxLength(1000);
        comment.setWidthFull();
        comment.setId("rate-comment");
        Button send = new Button(getTranslation("appeal.rate.button"), e -> {
            try {
                appeals.rate(appealId, stars.getValue(), comment.getValue());
                Feedback.success(getTranslation("appeal.rate.done"));
                render();
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(this, ex, Map.of("rating", stars, "ratingComment", comment));
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("rate-submit");
        Div box = new Div(new H2(getTranslation("appeal.rate.title")), stars, comment, send);
        box.setId("rate-form");
        return box;
    }

    private Div disputeForm() {
        TextArea reason = new TextArea(getTranslation("appeal.dispute.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("dispute-reason");
        Button send = new Button(getTranslation("appeal.dispute.button"), e -> {
            try {
                appeals.dispute(appealId, reason.getValue());
                Feedback.success(getTranslation("appeal.dispute.done"));
                render();
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(this, ex, Map.of("reason", reason));
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        send.setId("dispute-submit");
        Div box = new Div(
                new H2(getTranslation("appeal.dispute.title")),
                new Paragraph(getTranslation("appeal.dispute.help")),
                reason,
                send);
        box.setId("dispute-form");
        return box;
    }

    private Div timeline(AppealDetail a) {
        OrderedList list = new OrderedList();
        list.setId("appeal-timeline");
        for (TimelineEntry e : a.timeline()) {
            String what = switch (e.kind()) {
                case ASSIGNED -> getTranslation("appeal.event.ASSIGNED", e.targetAccountName());
                case REDIRECTED, DISPUTED ->
                    getTranslation("appeal.event." + e.kind().name(), format.agency(e.targetAgencyId()));
                default -> getTranslation("appeal.event." + e.kind().name());
            };
            StringBuilder line = new StringBuilder(format.dateTime(e.at(), a.country()))
                    .append(" — ")
                    .append(what);
            if (e.actorName() != null) {
                line.append(" (")
                        .append(getTranslation("appeal.detail.by", e.actorName()))
                        .append(")");
            }
            // registration's deadline is in the facts above; answers keep the deadline in force only for statistics
            if (e.dueAt() != null
                    && e.kind() != org.pikir.appeal.AppealEventKind.ANSWERED
                    && e.kind() != org.pikir.appeal.AppealEventKind.REGISTERED) {
                line.append("; ").append(getTranslation("appeal.detail.newDue", format.date(e.dueAt(), a.country())));
            }
            ListItem item = new ListItem(line.toString());
            item.addClassName("appeal-event-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (e.note() != null && e.kind() != org.pikir.appeal.AppealEventKind.RATED) {
                Div note = new Div(noteText(e));
                note.addClassName("pikir-user-text");
                note.addClassName("pikir-muted");
                item.add(note);
            }
            list.add(item);
        }
        return new Div(new H2(getTranslation("appeal.detail.timeline")), list);
    }

    /** Dismissals store "CODE: explanation"; the code is shown as its translated legal reason. */
    private String noteText(TimelineEntry e) {
        if (e.kind() == org.pikir.appeal.AppealEventKind.DISMISSED && e.note().matches("(?s)[A-Z_]+: .*")) {
            String code = e.note().substring(0, e.note().indexOf(':'));
            try {
                return format.enumLabel("appeal.dismissReason.", org.pikir.appeal.DismissReason.valueOf(code)) + ": "
                        + e.note().substring(code.length() + 2);
            } catch (IllegalArgumentException unknown) {
                return e.note();
            }
        }
        return e.note();
    }

    private static Div line(String id, String text) {
        Div div = new Div(text);
        if (id != null) {
            div.setId(id);
        }
        return div;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /**
     * Tells browsers, screen readers and hyphenation the language the citizen wrote in (detected on submission),
     * which can differ from the interface language.
     */
    private static void markLanguage(com.vaadin.flow.component.Component userText, AppealDetail a) {
        org.pikir.shared.LanguageCode.parse(a.language())
                .filter(org.pikir.shared.LanguageCode::isSupported)
                .ifPresent(l -> userText.getElement().setAttribute("lang", l.code()));
    }
}
