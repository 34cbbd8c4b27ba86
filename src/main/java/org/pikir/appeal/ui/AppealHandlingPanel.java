package org.pikir.appeal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.pikir.appeal.AppealDetail;
import org.pikir.appeal.AppealInboxService;
import org.pikir.appeal.Colleague;
import org.pikir.appeal.DismissReason;
import org.pikir.appeal.ExtensionLimit;
import org.pikir.country.Agency;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.Feedback;

/** What an official of the handling agency can do with an open appeal; every action goes through the service. */
class AppealHandlingPanel extends Div {

    /** An action that may throw domain errors; field errors land on the given fields. */
    private interface Action {
        void run();
    }

    private final AppealDetail appeal;
    private final AppealInboxService inbox;
    private final AppealText format;
    private final Runnable afterChange;

    private final long me;

    AppealHandlingPanel(
            AppealDetail appeal, AppealInboxService inbox, AppealText format, long me, Runnable afterChange) {
        this.appeal = appeal;
        this.me = me;
        this.inbox = inbox;
        this.format = format;
        this.afterChange = afterChange;
        setId("appeal-handling");
        addClassName("pikir-card");
        add(new H2(getTranslation("appeal.handle.title")));
        add(assignRow());
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("appeal.handle.tabReply"), replyForm());
        if (appeal.status() != org.pikir.appeal.AppealStatus.DISPUTED) {
            tabs.add(getTranslation("appeal.handle.tabRedirect"), redirectForm());
        }
        tabs.add(getTranslation("appeal.handle.tabExtend"), extendForm());
        tabs.add(getTranslation("appeal.handle.tabDismiss"), dismissForm());
        tabs.setWidthFull();
        add(tabs);
    }

    private HorizontalLayout assignRow() {
        ComboBox<Colleague> assignee = new ComboBox<>(getTranslation("appeal.handle.assignee"));
        assignee.setItems(inbox.colleagues());
        assignee.setItemLabelGenerator(Colleague::displayName);
        assignee.setId("assign-to");
        Button assign = new Button(
                getTranslation("appeal.handle.assign"),
                e -> act(
                        () -> inbox.assign(
                                appeal.id(),
                                assignee.getValue() == null
                                        ? -1
                                        : assignee.getValue().accountId()),
                        "appeal.handle.assigned",
                        Map.of("assignee", assignee)));
        assign.setId("assign-button");
        Button self = new Button(
                getTranslation("appeal.handle.assignSelf"),
                e -> act(() -> inbox.assign(appeal.id(), me), "appeal.handle.assigned", Map.of("assignee", assignee)));
        self.setId("assign-self");
        HorizontalLayout row = new HorizontalLayout(assignee, assign, self);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Div replyForm() {
        TextArea text = new TextArea(getTranslation("appeal.handle.reply"));
        text.setMaxLength(10_000);
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setId("reply-text");
        Button send = new Button(
                getTranslation("appeal.handle.replyButton"),
                e -> act(
                        () -> inbox.reply(appeal.id(), text.getValue()),
                        "appeal.handle.replied",
                        Map.of("reply", text)));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("reply-submit");
        return new Div(text, send);
    }

    private Div redirectForm() {
        ComboBox<Agency> target = new ComboBox<>(getTranslation("appeal.handle.redirectAgency"));
        target.setItems(inbox.redirectTargets());
        target.setItemLabelGenerator(a -> format.agency(a.getId()));
        target.setWidthFull();
        target.setId("redirect-agency");
        TextArea reason = new TextArea(getTranslation("appeal.handle.redirectReason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("redirect-reason");
        Button send = new Button(
                getTranslation("appeal.handle.redirectButton"),
                e -> act(
                        () -> inbox.redirect(
                                appeal.id(),
                                target.getValue() == null
                                        ? null
                                        : target.getValue().getId(),
                                reason.getValue()),
                        "appeal.handle.redirected",
                        Map.of("agency", target, "reason", reason)));
        send.setId("redirect-submit");
        return new Div(target, reason, send);
    }

    private Div extendForm() {
        if (appeal.extended()) {
            return new Div(new Paragraph(getTranslation("appeal.handle.alreadyExtended")));
        }
        ExtensionLimit limit = inbox.extensionLimit(appeal.id());
        if (limit.max() == 0) {
            return new Div(new Paragraph(getTranslation("appeal.handle.noExtension")));
        }
        IntegerField amount = new IntegerField(getTranslation("appeal.handle.extendAmount"));
        amount.setMin(1);
        amount.setMax(limit.max());
        amount.setStepButtonsVisible(true);
        amount.setHelperText(getTranslation(
                "appeal.handle.extendHelp",
                getTranslation("appeal.unit." + limit.unit().name(), limit.max())));
        amount.setId("extend-amount");
        TextArea reason = new TextArea(getTranslation("appeal.handle.extendReason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("extend-reason");
        Button send = new Button(
                getTranslation("appeal.handle.extendButton"),
                e -> act(
                        () -> inbox.extend(appeal.id(), amount.getValue(), reason.getValue()),
                        "appeal.handle.extendedDone",
                        Map.of("amount", amount, "reason", reason)));
        send.setId("extend-submit");
        return new Div(amount, reason, send);
    }

    private Div dismissForm() {
        Select<DismissReason> reason = new Select<>();
        reason.setLabel(getTranslation("appeal.handle.dismissReason"));
        reason.setItems(DismissReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("appeal.dismissReason." + r.name()));
        reason.setWidthFull();
        reason.setId("dismiss-reason");
        TextArea note = new TextArea(getTranslation("appeal.handle.dismissNote"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("dismiss-note");
        Button send = new Button(
                getTranslation("appeal.handle.dismissButton"),
                e -> act(
                        () -> inbox.dismiss(appeal.id(), reason.getValue(), note.getValue()),
                        "appeal.handle.dismissed",
                        Map.of("dismissReason", reason, "note", note)));
        send.addThemeVariants(ButtonVariant.LUMO_ERROR);
        send.setId("dismiss-submit");
        return new Div(reason, note, send);
    }

    private void act(
            Action action, String successKey, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            action.run();
            Feedback.success(getTranslation(successKey));
            afterChange.run();
        } catch (InvalidInputException ex) {
            Feedback.showFieldErrors(this, ex, fields);
        } catch (DomainException ex) {
            Feedback.error(this, ex);
            afterChange.run();
        }
    }
}
