package org.pikir.country.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pikir.country.Agency;
import org.pikir.country.AgencyForm;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryAdminService;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.Feedback;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Adds a new agency or edits one; validation happens in {@link CountryAdminService}, errors appear per field. */
class AgencyDialog extends Dialog {

    private final CountryAdminService admin;
    private final Agency agency;
    private final Runnable onChange;
    private final Select<CountryCode> country = new Select<>();
    private final TextField code = new TextField();
    private final Select<AgencyKind> kind = new Select<>();
    private final TextField nameKk = new TextField();
    private final TextField nameRu = new TextField();
    private final TextField nameEn = new TextField();
    private final ComboBox<Agency> parent = new ComboBox<>();

    AgencyDialog(
            CountryService countries,
            CountryAdminService admin,
            Agency agency,
            CountryCode preselected,
            Runnable onChange) {
        this.admin = admin;
        this.agency = agency;
        this.onChange = onChange;
        setHeaderTitle(
                getTranslation(agency == null ? "country.agency.dialog.addTitle" : "country.agency.dialog.editTitle"));
        setId("agency-dialog");

        country.setLabel(getTranslation("country.agency.country"));
        country.setItems(CountryCode.values());
        country.setItemLabelGenerator(CountryLabels.of(countries, getLocale())::apply);
        country.setRequiredIndicatorVisible(true);
        // Officials are bound to agencies of one country, so an agency cannot move between countries.
        country.setReadOnly(agency != null);
        country.setId("agency-form-country");
        code.setLabel(getTranslation("country.agency.code"));
        code.setHelperText(getTranslation("country.agency.codeHelp"));
        code.setRequired(true);
        code.setMaxLength(64);
        code.setId("agency-form-code");
        kind.setLabel(getTranslation("country.agency.kind"));
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("country.agency.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        kind.setId("agency-form-kind");
        configureName(nameKk, "country.agency.nameKk", "kk", "agency-form-name-kk");
        configureName(nameRu, "country.agency.nameRu", "ru", "agency-form-name-ru");
        configureName(nameEn, "country.agency.nameEn", "en", "agency-form-name-en");
        parent.setLabel(getTranslation("country.agency.parent"));
        parent.setHelperText(getTranslation("country.agency.parentHelp"));
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(a -> a.getName().in(getLocale()));
        parent.setItems(q -> country.getValue() == null
                ? java.util.stream.Stream.empty()
                : countries
                        .searchAgencies(
                                country.getValue(),
                                q.getFilter().orElse(""),
                                true,
                                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("nameEn")))
                        .stream()
                        .filter(a -> agency == null || !Objects.equals(a.getId(), agency.getId())));
        parent.setId("agency-form-parent");
        country.addValueChangeListener(e -> {
            parent.clear();
            parent.getDataProvider().refreshAll();
        });

        FormLayout form = new FormLayout(country, code, kind, parent, nameKk, nameRu, nameEn);
        form.setColspan(nameKk, 2);
        form.setColspan(nameRu, 2);
        form.setColspan(nameEn, 2);
        add(form);
        fill(countries, preselected);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("agency-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (agency != null) {
            getFooter().add(activationButton());
        }
        getFooter().add(cancel, save);
    }

    private void configureName(TextField field, String labelKey, String lang, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setRequired(true);
        field.setMaxLength(300);
        field.setWidthFull();
        // Screen readers pronounce each name in its own language.
        field.getElement().setAttribute("lang", lang);
        field.setId(id);
    }

    private void fill(CountryService countries, CountryCode preselected) {
        if (agency == null) {
            country.setValue(preselected);
            return;
        }
        AgencyForm current = AgencyForm.of(agency);
        country.setValue(current.country());
        code.setValue(current.code());
        kind.setValue(current.kind());
        nameKk.setValue(current.nameKk());
        nameRu.setValue(current.nameRu());
        nameEn.setValue(current.nameEn());
        if (current.parentId() != null) {
            countries.agency(current.parentId()).ifPresent(parent::setValue);
        }
    }

    private AgencyForm form() {
        return new AgencyForm(
                country.getValue(),
                code.getValue(),
                kind.getValue(),
                nameKk.getValue(),
                nameRu.getValue(),
                nameEn.getValue(),
                parent.getValue() == null ? null : parent.getValue().getId());
    }

    private void save() {
        try {
            if (agency == null) {
                admin.createAgency(form());
            } else {
                admin.updateAgency(agency.getId(), form());
            }
            Feedback.success(getTranslation("action.saved"));
            onChange.run();
            close();
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(this, e, fields());
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("country", country);
        fields.put("code", code);
        fields.put("kind", kind);
        fields.put("nameKk", nameKk);
        fields.put("nameRu", nameRu);
        fields.put("nameEn", nameEn);
        fields.put("parentId", parent);
        return fields;
    }

    private Button activationButton() {
        boolean active = agency.isActive();
        Button button = new Button(
                getTranslation(active ? "country.agency.deactivate" : "country.agency.reactivate"),
                e -> confirmActivation(active));
        if (active) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setId("agency-toggle-active");
        return button;
    }

    private void confirmActivation(boolean deactivate) {
        String name = agency.getName().in(getLocale());
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation(deactivate ? "country.agency.deactivate" : "country.agency.reactivate"),
                getTranslation(
                        deactivate ? "country.agency.confirmDeactivate" : "country.agency.confirmReactivate", name),
                getTranslation("action.confirm"),
                ok -> {
                    try {
                        if (deactivate) {
                            admin.deactivateAgency(agency.getId());
                        } else {
                            admin.reactivateAgency(agency.getId());
                        }
                        Feedback.success(getTranslation("action.saved"));
                        onChange.run();
                        close();
                    } catch (DomainException e) {
                        Feedback.error(this, e);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        if (deactivate) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.setId("agency-confirm");
        confirm.open();
    }
}
