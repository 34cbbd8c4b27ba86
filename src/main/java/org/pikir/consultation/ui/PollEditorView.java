package org.pikir.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.DraftDetail;
import org.pikir.consultation.Poll;
import org.pikir.consultation.PollForm;
import org.pikir.consultation.PollService;
import org.pikir.consultation.PollVisibility;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.pikir.shared.ui.Feedback;

/**
 * For officials of the drafting agency: the polls of a consultation, a form to attach one (or change it before
 * the first vote), and closing one early after a confirmation.
 */
@Route("consultations/:draftId([0-9]{1,18})/polls")
@RolesAllowed(Roles.OFFICIAL)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
@StyleSheet("styles/consultation.css")
public class PollEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PollService polls;
    private final ConsultationQueries queries;
    private final Clock clock;
    private DraftDetail detail;
    private Long editing;
    private final TextField questionKk = new TextField();
    private final TextField questionRu = new TextField();
    private final TextField questionEn = new TextField();
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final RadioButtonGroup<PollVisibility> visibility = new RadioButtonGroup<>();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private final Div options = new Div();
    private final List<TextField[]> optionFields = new ArrayList<>();

    public PollEditorView(PollService polls, ConsultationQueries queries, Clock clock) {
        this.polls = polls;
        this.queries = queries;
        this.clock = clock;
        addClassName("pikir-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            detail = queries.draft(
                    Long.parseLong(event.getRouteParameters().get("draftId").orElse("0")));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (!detail.canManage()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        String lang = ConsultationFormat.language(this);
        add(new H1(getTranslation(
                "consultation.poll.editor.title", detail.title().show(lang).text())));
        add(new RouterLink(
                getTranslation("consultation.editor.toDraft"),
                DraftView.class,
                new RouteParameters("draftId", String.valueOf(detail.id()))));
        List<Poll> list = polls.polls(detail.id());
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("consultation.poll.editor.none")));
        }
        for (Poll poll : list) {
            add(existing(poll));
        }
        add(form());
    }

    private Div existing(Poll poll) {
        Div box = new Div();
        box.addClassName("consultation-poll");
        box.setId("manage-poll-" + poll.id());
        box.add(new H3(ConsultationFormat.shown(this, poll.question(), "pikir-user-text")));
        box.add(new Paragraph(PollSection.describe(this, poll, detail.country())));
        if (poll.editable()) {
            Button edit = new Button(getTranslation("consultation.poll.editor.edit"), e -> {
                editing = poll.id();
                render();
                fill(poll);
            });
            edit.setId("manage-poll-" + poll.id() + "-edit");
            box.add(edit);
        } else if (poll.state() != Poll.State.CLOSED) {
            box.add(new Paragraph(getTranslation("consultation.poll.editor.locked")));
        }
        if (poll.state() != Poll.State.CLOSED) {
            Button close = new Button(getTranslation("consultation.poll.editor.close"), e -> confirmClose(poll));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.setId("manage-poll-" + poll.id() + "-close");
            box.add(close);
        }
        poll.results().ifPresent(r -> box.add(PollSection.results(this, r)));
        return box;
    }

    private void confirmClose(Poll poll) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("consultation.poll.editor.closeTitle"),
                getTranslation("consultation.poll.editor.closeText"),
                getTranslation("consultation.poll.editor.closeConfirm"),
                ok -> {
                    try {
                        polls.closePoll(poll.id());
                        Feedback.success(getTranslation("consultation.poll.editor.closed"));
                        render();
                    } catch (DomainException ex) {
                        Feedback.error(this, ex);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("poll-close-confirm");
        confirm.open();
    }

    private Div form() {
        Div form = new Div();
        form.addClassName("consultation-poll-form");
        form.setId("poll-form");
        form.add(new H2(getTranslation(
                editing == null ? "consultation.poll.editor.new" : "consultation.poll.editor.editTitle")));
        questionKk.setLabel(getTranslation("consultation.poll.editor.questionKk"));
        questionRu.setLabel(getTranslation("consultation.poll.editor.questionRu"));
        questionEn.setLabel(getTranslation("consultation.poll.editor.questionEn"));
        questionKk.setId("poll-question-kk");
        questionRu.setId("poll-question-ru");
        questionEn.setId("poll-question-en");
        for (TextField f : List.of(questionKk, questionRu, questionEn)) {
            f.setWidthFull();
            f.setMaxLength(500);
        }
        kind.setLabel(getTranslation("consultation.poll.editor.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(m -> getTranslation(m ? "consultation.poll.multiple" : "consultation.poll.single"));
        kind.setId("poll-kind");
        visibility.setLabel(getTranslation("consultation.poll.editor.visibility"));
        visibility.setItems(PollVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("consultation.poll.visibility." + v.name()));
        visibility.setId("poll-visibility");
        ZoneId zone = ConsultationFormat.zone(detail.country());
        opensAt.setLabel(getTranslation("consultation.poll.editor.opensAt"));
        closesAt.setLabel(getTranslation("consultation.poll.editor.closesAt"));
        opensAt.setLocale(getLocale());
        closesAt.setLocale(getLocale());
        opensAt.setId("poll-opens-at");
        closesAt.setId("poll-closes-at");
        if (editing == null) {
            questionKk.clear();
            questionRu.clear();
            questionEn.clear();
            kind.setValue(false);
            visibility.setValue(PollVisibility.ON_CLOSE);
            Instant now = clock.instant();
            opensAt.setValue(now.atZone(zone).toLocalDateTime().withSecond(0).withNano(0));
            Instant end = detail.closesAt() != null ? detail.closesAt() : now;
            closesAt.setValue(end.atZone(zone).toLocalDateTime().withSecond(0).withNano(0));
            optionFields.clear();
            options.removeAll();
            addOption(null);
            addOption(null);
        }
        Button more = new Button(getTranslation("consultation.poll.editor.addOption"), e -> addOption(null));
        more.setId("poll-add-option");
        Button save = new Button(
                getTranslation(editing == null ? "consultation.poll.editor.create" : "consultation.poll.editor.save"),
                e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("poll-save");
        form.add(questionKk, questionRu, questionEn, kind, visibility, opensAt, closesAt, options, more, save);
        if (editing != null) {
            Button cancel = new Button(getTranslation("action.cancel"), e -> {
                editing = null;
                render();
            });
            form.add(cancel);
        }
        return form;
    }

    private void addOption(Poll.Option existing) {
        int n = optionFields.size() + 1;
        TextField[] fields = new TextField[3];
        String[] languages = {"kk", "ru", "en"};
        Div row = new Div();
        row.addClassName("consultation-poll-option");
        for (int i = 0; i < 3; i++) {
            TextField f = new TextField(getTranslation("consultation.poll.editor.option." + languages[i], n));
            f.setId("poll-option-" + n + "-" + languages[i]);
            f.setMaxLength(300);
            if (existing != null && existing.label().get(languages[i]) != null) {
                f.setValue(existing.label().get(languages[i]));
            }
            fields[i] = f;
            row.add(f);
        }
        optionFields.add(fields);
        options.add(row);
    }

    private void fill(Poll poll) {
        ZoneId zone = ConsultationFormat.zone(detail.country());
        questionKk.setValue(nz(poll.question().kk()));
        questionRu.setValue(nz(poll.question().ru()));
        questionEn.setValue(nz(poll.question().en()));
        kind.setValue(poll.multipleChoice());
        visibility.setValue(poll.visibility());
        opensAt.setValue(poll.opensAt().atZone(zone).toLocalDateTime());
        closesAt.setValue(poll.closesAt().atZone(zone).toLocalDateTime());
        optionFields.clear();
        options.removeAll();
        poll.options().forEach(this::addOption);
    }

    private void save() {
        ZoneId zone = ConsultationFormat.zone(detail.country());
        List<PollForm.Option> list = new ArrayList<>();
        for (TextField[] f : optionFields) {
            if (!f[0].getValue().isBlank()
                    || !f[1].getValue().isBlank()
                    || !f[2].getValue().isBlank()) {
                list.add(new PollForm.Option(f[0].getValue(), f[1].getValue(), f[2].getValue()));
            }
        }
        PollForm form = new PollForm(
                questionKk.getValue(),
                questionRu.getValue(),
                questionEn.getValue(),
                Boolean.TRUE.equals(kind.getValue()),
                visibility.getValue(),
                opensAt.getValue() == null
                        ? null
                        : opensAt.getValue().atZone(zone).toInstant(),
                closesAt.getValue() == null
                        ? null
                        : closesAt.getValue().atZone(zone).toInstant(),
                list);
        try {
            if (editing == null) {
                polls.createPoll(detail.id(), form);
                Feedback.success(getTranslation("consultation.poll.editor.created"));
            } else {
                polls.updatePoll(editing, form);
                Feedback.success(getTranslation("consultation.poll.editor.saved"));
            }
            editing = null;
            render();
        } catch (InvalidInputException ex) {
            Map<String, com.vaadin.flow.component.HasValidation> fields = new HashMap<>();
            fields.put("questionKk", questionKk);
            fields.put("questionRu", questionRu);
            fields.put("questionEn", questionEn);
            fields.put("visibility", visibility);
            fields.put("opensAt", opensAt);
            fields.put("closesAt", closesAt);
            Feedback.showFieldErrors(this, ex, fields);
        } catch (DomainException ex) {
            Feedback.error(this, ex);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.poll.editor.pageTitle");
    }
}
