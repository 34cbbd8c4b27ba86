package org.pikir.petition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import org.pikir.petition.PetitionService;
import org.pikir.petition.ResponseDecision;
import org.pikir.petition.ResponseForm;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.Feedback;

/** The addressee's public response; shown to officials of the addressed agency once the threshold is reached. */
class ResponsePanel extends Div {

    ResponsePanel(PetitionService petitions, long id, Runnable onDone) {
        setId("petition-respond");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        add(new H2(getTranslation("petition.respond.title")));
        RadioButtonGroup<ResponseDecision> decision =
                new RadioButtonGroup<>(getTranslation("petition.respond.decision"));
        decision.setItems(ResponseDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("petition.decision." + d.name()));
        decision.setId("petition-response-decision-input");
        TextArea text = new TextArea(getTranslation("petition.respond.text"));
        text.setHelperText(getTranslation("petition.respond.textHelp"));
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setId("petition-response-input");
        Button publish = new Button(getTranslation("petition.respond.publish"), e -> {
            try {
                petitions.respond(id, new ResponseForm(decision.getValue(), text.getValue()));
                Feedback.success(getTranslation("petition.respond.published"));
                onDone.run();
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(this, ex, Map.of("decision", decision, "responseText", text));
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("petition-response-publish");
        add(decision, text, publish);
    }
}
