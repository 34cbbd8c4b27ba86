package org.pikir.shell;

import com.vaadin.flow.server.VaadinRequest;
import org.pikir.account.AccountService;
import org.pikir.account.CurrentUser;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.stereotype.Component;

/**
 * The language a request is answered in: the cookie from an earlier choice, else the signed-in person's profile,
 * else the browser's Accept-Language, else English. One rule for the Vaadin UI and for the server-rendered page
 * that stands in for it until it has loaded, so that both speak the same language.
 */
@Component
class UiLanguageChoice {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    UiLanguageChoice(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    UiLanguage of(VaadinRequest request) {
        return UiPreferences.languageFromCookie(request)
                .or(() -> currentUser.get().map(u -> accounts.myAccount().getPreferredLanguage()))
                .or(() -> UiPreferences.languageFromBrowser(request))
                .orElse(UiLanguage.FALLBACK);
    }
}
