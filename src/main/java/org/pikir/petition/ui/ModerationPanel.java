package org.pikir.petition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import org.pikir.petition.PetitionService;
import org.pikir.petition.RejectionForm;
import org.pikir.petition.RejectionReason;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.Feedback;

/** Approve, or reject with a published reason; shown to moderators of the petition's country. */
class ModerationPanel extends Div {

    ModerationPanel(PetitionService petitions, long id, Runnable onDone) {
        setId("petition-moderation");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        add(new H2(getTranslation("petition.moderation.title")));
        Select<RejectionReason> reason = new Select<>();
        reason.setLabel(getTranslation("petition.moderation.reason"));
        reason.setItems(RejectionReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("petition.reason." + r.name()));
        reason.setId("petition-reject-reason");
        TextArea note = new TextArea(getTranslation("petition.moderation.note"));
        note.setHelperText(getTranslation("petition.moderation.noteHelp"));
        note.setWidthFull();
        note.setId("petition-reject-note");

        Button approve = new Button(getTranslation("petition.moderation.approve"), e -> {
            try {
                petitions.approve(id);
                Feedback.success(getTranslation("petition.moderation.approved"));
                onDone.run();
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("petition-approve");
        Button reject = new Button(getTranslation("petition.moderation.reject"), e -> {
            try {
                petitions.reject(id, new RejectionForm(reason.getValue(), note.getValue()));
                Feedback.success(getTranslation("petition.moderation.rejected"));
                onDone.run();
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(this, ex, Map.of("reason", reason, "note", note));
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("petition-reject");
        add(approve, new HorizontalLayout(reason), note, reject);
    }
}
