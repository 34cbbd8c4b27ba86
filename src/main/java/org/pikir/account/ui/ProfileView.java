package org.pikir.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import org.pikir.account.AccountService;
import org.pikir.account.AuthorName;
import org.pikir.account.NameDisplay;
import org.pikir.account.ProfileForm;
import org.pikir.account.UserAccount;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.Feedback;

/** The signed-in person's profile and password. */
@Route("profile")
@PermitAll
public class ProfileView extends Div implements HasDynamicTitle {

    public ProfileView(AccountService accounts) {
        addClassName("pikir-page");
        UserAccount me = accounts.myAccount();
        add(new H1(getTranslation("account.profile.title")));
        add(new Paragraph(getTranslation("account.profile.email", me.getEmail())));
        Paragraph status = new Paragraph(
                getTranslation(me.isVerified() ? "account.profile.verified" : "account.profile.unverified"));
        status.setId("verification-status");
        add(status);
        add(new Paragraph(getTranslation(
                "account.profile.roles",
                me.getRoles().stream()
                        .map(r -> getTranslation("account.role." + r.name()))
                        .collect(Collectors.joining(", ")))));

        TextField displayName = new TextField(getTranslation("account.displayName"));
        displayName.setValue(me.getDisplayName());
        displayName.setId("profile-display-name");
        ComboBox<String> residence = country("account.residence", me.getResidenceCountry());
        ComboBox<String> citizenship = country("account.citizenship", me.getCitizenship());
        Select<UiLanguage> language = new Select<>();
        language.setLabel(getTranslation("account.language"));
        language.setItems(UiLanguage.values());
        language.setItemLabelGenerator(UiLanguage::nativeName);
        language.setValue(me.getPreferredLanguage());
        RadioButtonGroup<NameDisplay> nameDisplay = new RadioButtonGroup<>(getTranslation("account.nameDisplay"));
        nameDisplay.setId("profile-name-display");
        nameDisplay.setItems(NameDisplay.values());
        nameDisplay.setItemLabelGenerator(choice -> getTranslation(
                "account.nameDisplay." + choice.name(),
                AuthorName.of(me.getDisplayName(), choice, me.getResidenceCountry())
                        .label(getLocale(), country -> getTranslation("account.name.anonymous", country))));
        nameDisplay.setHelperText(getTranslation("account.nameDisplay.help"));
        nameDisplay.setValue(me.getNameDisplay());
        Button save = new Button(getTranslation("account.profile.save"), e -> {
            try {
                accounts.updateProfile(new ProfileForm(
                        displayName.getValue(),
                        residence.getValue(),
                        citizenship.getValue(),
                        language.getValue() == null ? null : language.getValue().code(),
                        nameDisplay.getValue()));
                Feedback.success(getTranslation("account.profile.saved"));
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(
                        this,
                        ex,
                        Map.of(
                                "displayName",
                                displayName,
                                "residenceCountry",
                                residence,
                                "citizenship",
                                citizenship,
                                "preferredLanguage",
                                language));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("profile-save");
        add(new FormLayout(displayName, residence, citizenship, language), nameDisplay, save);

        add(new H2(getTranslation("account.password.change")));
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        next.setHelperText(getTranslation("account.password.policy"));
        PasswordField repeat = new PasswordField(getTranslation("account.passwordRepeat"));
        Button change = new Button(getTranslation("account.password.change"), e -> {
            try {
                accounts.changePassword(current.getValue(), next.getValue(), repeat.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Feedback.success(getTranslation("account.password.changed"));
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(
                        this, ex, Map.of("currentPassword", current, "newPassword", next, "newPasswordRepeat", repeat));
            }
        });
        change.setId("password-change");
        add(new FormLayout(current, next, repeat), change);
    }

    private ComboBox<String> country(String labelKey, String value) {
        ComboBox<String> box = new ComboBox<>(getTranslation(labelKey));
        box.setItems(IsoCountries.codes(getLocale()));
        box.setItemLabelGenerator(code -> IsoCountries.name(code, getLocale()));
        box.setValue(value);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.profile.title");
    }
}
