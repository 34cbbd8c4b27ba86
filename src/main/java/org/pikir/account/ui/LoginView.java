package org.pikir.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Password sign-in (posts to Spring Security's /login). */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(
            AuthenticationContext authentication,
            org.springframework.beans.factory.ObjectProvider<
                            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
                    oidc) {
        this.authentication = authentication;
        addClassName("pikir-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.setId("login-form");
        add(form);
        // Any configured OIDC provider (e.g. a national eID gateway) is offered below the password form.
        if (oidc.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object o : registrations) {
                var registration = (org.springframework.security.oauth2.client.registration.ClientRegistration) o;
                com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                        "oauth2/authorization/" + registration.getRegistrationId(),
                        getTranslation("account.login.withProvider", registration.getClientName()));
                link.setRouterIgnore(true);
                add(new Paragraph(link));
            }
        }
        Paragraph register = new Paragraph(getTranslation("account.login.noAccount") + " ");
        register.add(new RouterLink(getTranslation("account.login.registerLink"), RegisterView.class));
        add(register);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("account.login.title"));
        f.setUsername(getTranslation("account.email"));
        f.setPassword(getTranslation("account.password"));
        f.setSubmit(getTranslation("account.login.submit"));
        f.setForgotPassword(getTranslation("account.login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        // One message for a wrong password, an unknown address and a throttled attempt: it must not tell which.
        error.setTitle(getTranslation("account.login.errorTitle"));
        error.setMessage(getTranslation("account.login.errorText"));
        error.setUsername(getTranslation("error.required"));
        error.setPassword(getTranslation("error.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        form.setError(params.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.login.title");
    }
}
