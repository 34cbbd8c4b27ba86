package org.pikir.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.pikir.account.AccountService;
import org.pikir.account.RegistrationForm;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.Feedback;

/** Registration of a citizen account; every rule is checked by the service, errors shown by the fields. */
@Route("register")
@AnonymousAllowed
public class RegisterView extends Div implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordRepeat = new PasswordField();
    final TextField displayName = new TextField();
    final ComboBox<String> residence = new ComboBox<>();
    final ComboBox<String> citizenship = new ComboBox<>();
    final Select<UiLanguage> language = new Select<>();
    final Button submit = new Button();

    public RegisterView(AccountService accounts) {
        addClassName("pikir-page");
        add(new H1(getTranslation("account.register.title")));
        add(new Paragraph(getTranslation("account.register.intro")));

        email.setLabel(getTranslation("account.email"));
        email.setId("register-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        password.setLabel(getTranslation("account.password"));
        password.setHelperText(getTranslation("account.password.policy"));
        password.setId("register-password");
        password.setRequiredIndicatorVisible(true);
        passwordRepeat.setLabel(getTranslation("account.passwordRepeat"));
        passwordRepeat.setId("register-password-repeat");
        passwordRepeat.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("account.displayName"));
        displayName.setHelperText(getTranslation("account.displayName.help"));
        displayName.setId("register-display-name");
        displayName.setRequiredIndicatorVisible(true);
        setupCountry(residence, "account.residence", "register-residence");
        setupCountry(citizenship, "account.citizenship", "register-citizenship");
        language.setLabel(getTranslation("account.language"));
        language.setItems(UiLanguage.values());
        language.setItemLabelGenerator(UiLanguage::nativeName);
        language.setValue(UiLanguage.of(getLocale()));
        language.setId("register-language");

        FormLayout form =
                new FormLayout(email, displayName, password, passwordRepeat, residence, citizenship, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(form);

        submit.setText(getTranslation("account.register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("register-submit");
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> {
            try {
                accounts.register(new RegistrationForm(
                        email.getValue(),
                        password.getValue(),
                        passwordRepeat.getValue(),
                        displayName.getValue(),
                        residence.getValue(),
                        citizenship.getValue(),
                        language.getValue() == null ? null : language.getValue().code()));
                Feedback.success(getTranslation("account.register.done"));
                UI.getCurrent().navigate(LoginView.class);
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(
                        this,
                        ex,
                        Map.of(
                                "email",
                                email,
                                "password",
                                password,
                                "passwordRepeat",
                                passwordRepeat,
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
        add(submit);
        Paragraph login = new Paragraph(getTranslation("account.register.haveAccount") + " ");
        login.add(new RouterLink(getTranslation("account.register.loginLink"), LoginView.class));
        add(login);
    }

    private void setupCountry(ComboBox<String> box, String labelKey, String id) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(IsoCountries.codes(getLocale()));
        box.setItemLabelGenerator(code -> IsoCountries.name(code, getLocale()));
        box.setRequiredIndicatorVisible(true);
        box.setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.register.title");
    }
}
