package org.pikir.country.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pikir.country.CountryAdminService;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryRules;
import org.pikir.country.PeriodUnit;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.Feedback;

/** The statutory rules of one country as an editable form; the service validates and stores them. */
class CountryRulesForm extends Div {

    private final CountryAdminService admin;
    private final CountryCode country;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final IntegerField appealPeriod = number("appealPeriod", "country.rules.appealPeriod");
    private final Select<PeriodUnit> appealPeriodUnit = unit("appealPeriodUnit", "country.unit");
    private final IntegerField appealExtensionMax = number("appealExtensionMax", "country.rules.appealExtensionMax");
    private final Select<PeriodUnit> appealExtensionUnit = unit("appealExtensionUnit", "country.unit");
    private final TextArea appealLegalBasis = text("appealLegalBasis", "country.rules.legalBasis");
    private final IntegerField petitionThreshold = number("petitionThreshold", "country.rules.petitionThreshold");
    private final IntegerField petitionCollectionDays =
            number("petitionCollectionDays", "country.rules.petitionCollectionDays");
    private final IntegerField petitionResponseDays =
            number("petitionResponseDays", "country.rules.petitionResponseDays");
    private final Select<PeriodUnit> petitionResponseUnit = unit("petitionResponseUnit", "country.unit");
    private final Checkbox petitionStatutory = new Checkbox();
    private final TextArea petitionLegalBasis = text("petitionLegalBasis", "country.rules.legalBasis");
    private final IntegerField consultationMinDays = number("consultationMinDays", "country.rules.consultationMinDays");
    private final Select<PeriodUnit> consultationMinUnit = unit("consultationMinUnit", "country.unit");
    private final TextArea consultationLegalBasis = text("consultationLegalBasis", "country.rules.legalBasis");

    CountryRulesForm(CountryAdminService admin, CountryCode country, CountryRules rules) {
        this.admin = admin;
        this.country = country;
        setId("rules-form");
        petitionStatutory.setLabel(getTranslation("country.rules.petitionStatutory"));
        petitionStatutory.setId("rules-petitionStatutory");

        add(new H2(getTranslation("country.rules.title")));
        add(new H3(getTranslation("country.rules.appeals")));
        add(layout(appealPeriod, appealPeriodUnit, appealExtensionMax, appealExtensionUnit, appealLegalBasis));
        add(new H3(getTranslation("country.rules.petitions")));
        add(layout(
                petitionThreshold,
                petitionCollectionDays,
                petitionResponseDays,
                petitionResponseUnit,
                petitionStatutory,
                petitionLegalBasis));
        add(new H3(getTranslation("country.rules.consultations")));
        add(layout(consultationMinDays, consultationMinUnit, consultationLegalBasis));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rules-save");
        add(save);
        fill(rules.toForm());
    }

    private FormLayout layout(com.vaadin.flow.component.Component... components) {
        FormLayout layout = new FormLayout(components);
        for (var c : components) {
            if (c instanceof TextArea) {
                layout.setColspan(c, 2);
            }
        }
        return layout;
    }

    private void fill(org.pikir.country.CountryRulesForm form) {
        appealPeriod.setValue(form.appealPeriod());
        appealPeriodUnit.setValue(form.appealPeriodUnit());
        appealExtensionMax.setValue(form.appealExtensionMax());
        appealExtensionUnit.setValue(form.appealExtensionUnit());
        appealLegalBasis.setValue(form.appealLegalBasis());
        petitionThreshold.setValue(form.petitionThreshold());
        petitionCollectionDays.setValue(form.petitionCollectionDays());
        petitionResponseDays.setValue(form.petitionResponseDays());
        petitionResponseUnit.setValue(form.petitionResponseUnit());
        petitionStatutory.setValue(form.petitionStatutory());
        petitionLegalBasis.setValue(form.petitionLegalBasis());
        consultationMinDays.setValue(form.consultationMinDays());
        consultationMinUnit.setValue(form.consultationMinUnit());
        consultationLegalBasis.setValue(form.consultationLegalBasis());
    }

    private void save() {
        // An empty or unparsable number becomes 0, which the service rejects with a range message.
        var form = new org.pikir.country.CountryRulesForm(
                value(appealPeriod),
                appealPeriodUnit.getValue(),
                value(appealExtensionMax),
                appealExtensionUnit.getValue(),
                appealLegalBasis.getValue(),
                value(petitionThreshold),
                value(petitionCollectionDays),
                value(petitionResponseDays),
                petitionResponseUnit.getValue(),
                petitionStatutory.getValue(),
                petitionLegalBasis.getValue(),
                value(consultationMinDays),
                consultationMinUnit.getValue(),
                consultationLegalBasis.getValue());
        try {
            admin.updateRules(country, form);
            fields.values().forEach(f -> f.setInvalid(false));
            Feedback.success(getTranslation("action.saved"));
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(this, e, fields);
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private IntegerField number(String name, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setRequiredIndicatorVisible(true);
        field.setStepButtonsVisible(true);
        field.setId("rules-" + name);
        fields.put(name, field);
        return field;
    }

    private Select<PeriodUnit> unit(String name, String labelKey) {
        Select<PeriodUnit> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(PeriodUnit.values());
        select.setItemLabelGenerator(u -> getTranslation("country.unit." + u.name()));
        select.setRequiredIndicatorVisible(true);
        select.setId("rules-" + name);
        fields.put(name, select);
        return select;
    }

    private TextArea text(String name, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setRequired(true);
        area.setMaxLength(1000);
        area.setWidthFull();
        area.setId("rules-" + name);
        fields.put(name, area);
        return area;
    }
}
