package org.pikir.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.pikir.account.AccountService;
import org.pikir.account.CurrentUser;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of every new UI: the cookie from an earlier choice, else the signed-in person's
 * profile, else the browser's Accept-Language, else English.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    UiInitializer(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinService.getCurrentRequest();
            UiLanguage language = UiPreferences.languageFromCookie()
                    .or(() -> currentUser.get().map(u -> accounts.myAccount().getPreferredLanguage()))
                    .or(() -> UiPreferences.languageFromBrowser(request))
                    .orElse(UiLanguage.FALLBACK);
            UiPreferences.applyLanguage(init.getUI(), language);
        });
    }
}
