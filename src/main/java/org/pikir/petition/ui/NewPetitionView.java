package org.pikir.petition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.petition.PetitionForm;
import org.pikir.petition.PetitionRules;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionSummary;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.Roles;
import org.pikir.shared.ui.DraftKeeper;
import org.pikir.shared.ui.Feedback;
import org.pikir.shell.UiPreferences;

/** A citizen drafts a petition; similar existing petitions are shown while typing the title. */
@Route("petitions/new")
@RolesAllowed(Roles.CITIZEN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class NewPetitionView extends Div implements HasDynamicTitle {

    private final PetitionService petitions;
    private final CountryService countries;
    private final PetitionLabels labels;
    private final Select<CountryCode> country = new Select<>();
    private final ComboBox<Agency> agency = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final TextArea requestedAction = new TextArea();
    private final Paragraph rules = new Paragraph();
    private final Div similar = new Div();
    private final DraftKeeper draft = DraftKeeper.forForm("petition.new", "petition-connection");

    public NewPetitionView(PetitionService petitions, CountryService countries) {
        this.petitions = petitions;
        this.countries = countries;
        this.labels = new PetitionLabels(countries, this, getLocale());
        addClassName("pikir-page");
        add(new H1(getTranslation("petition.new.title")));
        add(new Paragraph(getTranslation("petition.new.intro")));

        country.setLabel(getTranslation("petition.field.country"));
        country.setItems(CountryCode.values());
        country.setItemLabelGenerator(labels::country);
        country.setId("petition-country");
        agency.setLabel(getTranslation("petition.field.agency"));
        agency.setItemLabelGenerator(a -> a.getName().in(getLocale()));
        agency.setId("petition-agency");
        title.setLabel(getTranslation("petition.field.title"));
        title.setMaxLength(200);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setId("petition-title-input");
        text.setLabel(getTranslation("petition.field.text"));
        text.setMaxLength(8000);
        text.setMinHeight("12em");
        text.setId("petition-text-input");
        requestedAction.setLabel(getTranslation("petition.field.requestedAction"));
        requestedAction.setHelperText(getTranslation("petition.field.requestedActionHelp"));
        requestedAction.setMaxLength(2000);
        requestedAction.setId("petition-action-input");
        rules.setId("petition-rules");
        rules.addClassName("pikir-muted");
        similar.setId("petition-similar");

        FormLayout form = new FormLayout(country, agency, title, text, requestedAction);
        form.setColspan(title, 2);
        form.setColspan(text, 2);
        form.setColspan(requestedAction, 2);
        Button submit = new Button(getTranslation("petition.new.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("petition-submit");
        draft.keep("title", title)
                .keep("text", text)
                .keep("requestedAction", requestedAction)
                .watch(submit);
        add(rules, form, similar, submit, draft.status());

        country.addValueChangeListener(e -> countryChanged());
        title.addValueChangeListener(e -> showSimilar());
        country.setValue(UiPreferences.country());
    }

    private void countryChanged() {
        CountryCode code = country.getValue();
        List<Agency> agencies = code == null
                ? List.of()
                : countries.agencies(code).stream()
                        .sorted(Comparator.comparing((Agency a) -> a.getKind().ordinal())
                                .thenComparing(a -> a.getName().in(getLocale())))
                        .toList();
        agency.setItems(agencies);
        agency.clear();
        if (code != null) {
            PetitionRules r = petitions.rules(code);
            rules.setText(getTranslation(
                            r.responseInWorkingDays() ? "petition.new.rulesWorking" : "petition.new.rules",
                            labels.country(code),
                            labels.number(r.threshold()),
                            r.collectionDays(),
                            r.responseDays())
                    + (r.statutory() ? "" : " " + getTranslation("petition.new.rulesDefault")));
        }
        showSimilar();
    }

    private void showSimilar() {
        similar.removeAll();
        if (title.getValue().isBlank()) {
            return;
        }
        List<PetitionSummary> found = petitions.similar(country.getValue(), title.getValue(), text.getValue());
        if (found.isEmpty()) {
            return;
        }
        similar.addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Margin.Vertical.MEDIUM);
        similar.add(new H2(getTranslation("petition.new.similarTitle")));
        similar.add(new Paragraph(getTranslation("petition.new.similarHint")));
        for (PetitionSummary s : found) {
            RouterLink link = new RouterLink(s.title(), PetitionView.class, s.id());
            link.addClassName("pikir-user-text");
            Span count = new Span(" · "
                    + getTranslation("petition.progress", labels.number(s.signatures()), labels.number(s.threshold()))
                    + " · " + labels.status(s.status()));
            count.addClassName("pikir-muted");
            similar.add(new Div(link, count));
        }
    }

    private void submit() {
        try {
            long id = petitions.submit(
                    new PetitionForm(
                            country.getValue(),
                            agency.getValue() == null ? null : agency.getValue().getId(),
                            title.getValue(),
                            text.getValue(),
                            requestedAction.getValue()),
                    draft.submissionId());
            draft.sent();
            Feedback.success(getTranslation("petition.new.submitted"));
            getUI().ifPresent(ui -> ui.navigate(PetitionView.class, id));
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(
                    this,
                    e,
                    Map.of(
                            "country",
                            country,
                            "agency",
                            agency,
                            "title",
                            title,
                            "text",
                            text,
                            "requestedAction",
                            requestedAction));
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("petition.new.title");
    }
}
