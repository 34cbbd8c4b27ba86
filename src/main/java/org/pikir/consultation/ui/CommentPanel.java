package org.pikir.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Supplier;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.CommentSort;
import org.pikir.consultation.CommentVoteValue;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.CommentEntry;
import org.pikir.consultation.ConsultationQueries.CommentPage;
import org.pikir.consultation.ReportReason;
import org.pikir.country.CountryCode;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.DraftKeeper;
import org.pikir.shared.ui.Feedback;

/**
 * Comments on one target (an article, or the draft as a whole): composer, sort, a page of comments with
 * replies and reactions, and "show more". Every action goes through {@link CommentService}; the panel only
 * shows buttons the service would accept.
 */
class CommentPanel extends Div {

    static final int PAGE_SIZE = 20;

    private final CommentService comments;
    private final ConsultationQueries queries;
    private final long draftId;
    private final CountryCode country;
    private final boolean canParticipate;
    private final String denialKey;
    private final boolean canModerate;
    private final boolean signedIn;
    private final Runnable onChange;
    private final H2 heading = new H2();
    private final Select<CommentSort> sort = new Select<>();
    private final TextArea composer = new TextArea();
    private final Div list = new Div();
    private final Button more = new Button();
    private final Span total = new Span();
    private DraftKeeper composerDraft;
    private final java.time.format.DateTimeFormatter dateTimes;
    private Long articleId;
    private int loaded;

    CommentPanel(
            CommentService comments,
            ConsultationQueries queries,
            long draftId,
            CountryCode country,
            boolean canParticipate,
            String denialKey,
            boolean canModerate,
            boolean signedIn,
            Runnable onChange) {
        this.comments = comments;
        this.queries = queries;
        this.draftId = draftId;
        this.country = country;
        this.canParticipate = canParticipate;
        this.denialKey = denialKey;
        this.canModerate = canModerate;
        this.signedIn = signedIn;
        this.onChange = onChange;
        this.dateTimes = org.pikir.shared.i18n.DateFormats.dateTime(
                ConsultationFormat.locale(this), ConsultationFormat.zone(country));
        addClassName("consultation-comments");
        setId("comment-panel");
        heading.setId("comment-target");
        total.setId("comment-total");
        total.addClassName("pikir-muted");

        sort.setLabel(getTranslation("consultation.comments.sort"));
        sort.setItems(CommentSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("consultation.comments.sort." + s.name()));
        sort.setValue(CommentSort.NEWEST);
        sort.setId("comment-sort");
        sort.addValueChangeListener(e -> reload());
        add(heading, total);
        add(composer());
        add(sort, list);
        list.setId("comment-list");
        more.setText(getTranslation("consultation.comments.more"));
        more.setId("comment-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> loadNextPage());
        add(more);
    }

    private Component composer() {
        if (!canParticipate) {
            Paragraph denial = new Paragraph(getTranslation(denialKey));
            denial.addClassName("consultation-denial");
            denial.setId("comment-denied");
            return denial;
        }
        composer.setLabel(getTranslation("consultation.comments.yours"));
        composer.setMaxLength(CommentService.MAX_COMMENT);
        composer.setWidthFull();
        composer.setMinHeight("6em");
        composer.setId("comment-input");
        composer.setHelperText(getTranslation("consultation.comments.limit", CommentService.MAX_COMMENT));
        Button submit = new Button(getTranslation("consultation.comments.publish"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("comment-submit");
        // Kept per draft law: the composer keeps its text when the reader switches articles, as before.
        composerDraft = DraftKeeper.forForm("consultation." + draftId + ".comment", "comment-connection")
                .keep("body", composer)
                .watch(submit);
        Div box = new Div(composer, submit, composerDraft.status());
        box.addClassName("consultation-composer");
        return box;
    }

    /** Shows the comments of an article (null: the draft as a whole) from the first page. */
    void show(Long articleId, String title) {
        this.articleId = articleId;
        heading.setText(title);
        reload();
    }

    Long articleId() {
        return articleId;
    }

    void reload() {
        list.removeAll();
        loaded = 0;
        loadNextPage();
    }

    private void loadNextPage() {
        CommentPage page = queries.comments(draftId, articleId, sort.getValue(), loaded, PAGE_SIZE);
        page.items().forEach(c -> list.add(card(c, false)));
        loaded += page.items().size();
        total.setText(getTranslation("consultation.comments.total", page.withReplies(), page.total()));
        more.setVisible(loaded < page.total());
        if (page.total() == 0) {
            Paragraph empty = new Paragraph(getTranslation("consultation.comments.empty"));
            empty.addClassName("pikir-muted");
            list.add(empty);
        }
    }

    private void submit() {
        run(
                () -> comments.submitComment(draftId, articleId, composer.getValue(), composerDraft.submissionId()),
                composer,
                () -> {
                    composerDraft.sent();
                    composer.clear();
                    Feedback.success(getTranslation("consultation.comments.published"));
                });
    }

    private Div card(CommentEntry c, boolean reply) {
        Div card = new Div();
        card.addClassName(reply ? "consultation-reply" : "consultation-comment");
        card.setId("comment-" + c.id());
        Span author = new Span(authorLabel(c));
        author.addClassName("consultation-author");
        author.setVisible(!c.author().none());
        Span when = new Span(dateTimes.format(c.createdAt()));
        when.addClassName("pikir-muted");
        Span language = new Span(ConsultationFormat.languageName(this, c.language()));
        language.getElement().getThemeList().add("badge small contrast");
        language.addClassName("consultation-lang");
        Div meta = new Div(author, when, language);
        meta.addClassName("consultation-meta");
        if (c.mine()) {
            Span mine = new Span(getTranslation("consultation.comments.mine"));
            mine.getElement().getThemeList().add("badge small");
            meta.add(mine);
        }
        if (c.editedAt() != null) {
            Span edited = new Span(getTranslation("consultation.comments.edited"));
            edited.addClassName("pikir-muted");
            meta.add(edited);
        }
        card.add(meta);
        if (c.hidden()) {
            Paragraph placeholder = new Paragraph(getTranslation("consultation.comments.hidden", c.hiddenReason()));
            placeholder.addClassName("consultation-hidden");
            card.add(placeholder);
            if (canModerate) {
                Button restore = new Button(getTranslation("consultation.comments.restore"), e -> {
                    try {
                        comments.restoreComment(c.id());
                        reload();
                    } catch (DomainException ex) {
                        Feedback.error(this, ex);
                    }
                });
                restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                restore.setId("restore-" + c.id());
                card.add(restore);
            }
            return card;
        }
        Paragraph body = new Paragraph(c.body());
        body.addClassNames("pikir-user-text", "consultation-body");
        body.getElement().setAttribute("lang", c.language());
        card.add(body);
        card.add(actions(c, reply));
        c.replies().forEach(r -> card.add(card(r, true)));
        return card;
    }

    private Div actions(CommentEntry c, boolean reply) {
        Div actions = new Div();
        actions.addClassName("consultation-actions");
        actions.add(
                voteButton(c, CommentVoteValue.AGREE, c.agree()),
                voteButton(c, CommentVoteValue.DISAGREE, c.disagree()),
                voteButton(c, CommentVoteValue.PASS, c.pass()));
        if (canParticipate && !reply) {
            Button answer = new Button(getTranslation("consultation.comments.reply"), e -> replyDialog(c));
            answer.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            answer.setId("reply-" + c.id());
            actions.add(answer);
        }
        if (canParticipate && c.mine()) {
            Button edit = new Button(getTranslation("action.edit"), e -> editDialog(c));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setId("edit-" + c.id());
            actions.add(edit);
        }
        if (signedIn && !c.mine()) {
            actions.add(reportButton(c));
        }
        if (canModerate) {
            Button hide = new Button(getTranslation("consultation.comments.hide"), e -> hideDialog(c));
            hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            hide.setId("hide-" + c.id());
            actions.add(hide);
        }
        return actions;
    }

    private Button voteButton(CommentEntry c, CommentVoteValue value, int count) {
        String key = "consultation.vote." + value.name();
        Button button = new Button(getTranslation(key + ".count", count));
        button.setId(value.name().toLowerCase() + "-" + c.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (value == c.myVote()) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.getElement().setAttribute("aria-pressed", "true");
        } else {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-pressed", "false");
        }
        button.setEnabled(canParticipate && !c.mine());
        button.addClickListener(e -> run(
                () -> {
                    comments.voteOnComment(c.id(), value);
                    return 0L;
                },
                null,
                () -> {}));
        return button;
    }

    private Component reportButton(CommentEntry c) {
        // A plain button opening a small dialog: a menu bar per comment would cost far more to render.
        Button report = new Button(getTranslation("consultation.comments.report"), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("consultation.comments.report"));
            for (ReportReason reason : ReportReason.values()) {
                Button choice = new Button(getTranslation("consultation.report." + reason.name()), click -> {
                    dialog.close();
                    try {
                        comments.reportComment(c.id(), reason);
                        Feedback.success(getTranslation("consultation.comments.reported"));
                    } catch (DomainException ex) {
                        Feedback.error(this, ex);
                    }
                });
                choice.setId("report-reason-" + reason.name().toLowerCase());
                dialog.add(new Div(choice));
            }
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()));
            dialog.open();
        });
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        report.setId("report-" + c.id());
        return report;
    }

    private String authorLabel(CommentEntry c) {
        return c.author().label(getLocale(), country -> getTranslation("account.name.anonymous", country));
    }

    private void replyDialog(CommentEntry c) {
        TextArea text = new TextArea(getTranslation("consultation.comments.replyTo", authorLabel(c)));
        text.setMaxLength(CommentService.MAX_COMMENT);
        text.setWidthFull();
        text.setId("reply-input");
        DraftKeeper draft = DraftKeeper.forForm("consultation.reply." + c.id(), "reply-connection")
                .keep("body", text);
        textDialog(
                text,
                draft,
                getTranslation("consultation.comments.publish"),
                dialog -> run(() -> comments.reply(c.id(), text.getValue(), draft.submissionId()), text, () -> {
                    draft.sent();
                    dialog.close();
                }));
    }

    private void editDialog(CommentEntry c) {
        TextArea text = new TextArea(getTranslation("consultation.comments.editTitle"));
        text.setMaxLength(CommentService.MAX_COMMENT);
        text.setWidthFull();
        text.setValue(c.body());
        text.setId("edit-input");
        textDialog(
                text,
                null,
                getTranslation("action.save"),
                dialog -> run(
                        () -> {
                            comments.editComment(c.id(), text.getValue());
                            return 0L;
                        },
                        text,
                        dialog::close));
    }

    private void hideDialog(CommentEntry c) {
        TextField reason = new TextField(getTranslation("consultation.comments.hideReason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setId("hide-reason");
        textDialog(reason, null, getTranslation("consultation.comments.hide"), dialog -> {
            try {
                comments.hideComment(c.id(), reason.getValue());
                dialog.close();
                reload();
            } catch (InvalidInputException e) {
                reason.setErrorMessage(
                        Feedback.text(this, e.fieldErrors().values().iterator().next()));
                reason.setInvalid(true);
            } catch (DomainException e) {
                Feedback.error(this, e);
            }
        });
    }

    /** A dialog with one field; with a draft keeper, the field's text is kept on the device until sent. */
    private void textDialog(
            Component field, DraftKeeper draft, String confirm, java.util.function.Consumer<Dialog> onConfirm) {
        Dialog dialog = new Dialog();
        dialog.setWidth("min(40em, 95vw)");
        dialog.add(field);
        Button ok = new Button(confirm, e -> onConfirm.accept(dialog));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("dialog-confirm");
        if (draft != null) {
            dialog.add(draft.status());
            draft.watch(ok);
        }
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Runs a use case; field errors go next to the field, others to a notification; success reloads. */
    private void run(Supplier<Long> action, com.vaadin.flow.component.HasValidation field, Runnable onSuccess) {
        try {
            action.get();
            if (field != null) {
                field.setInvalid(false);
            }
            onSuccess.run();
            reload();
            onChange.run();
        } catch (InvalidInputException e) {
            if (field != null) {
                Feedback.showFieldErrors(this, e, Map.of("body", field));
            } else {
                Feedback.error(this, e);
            }
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    TextArea composerField() {
        return composer;
    }

    Div list() {
        return list;
    }
}
