package org.pikir.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.pikir.shared.i18n.UiLanguage;

class UiPreferencesTest {

    private static VaadinRequest requestWithAcceptLanguage(String header) {
        return (VaadinRequest) Proxy.newProxyInstance(
                loaderOf(VaadinRequest.class),
                new Class<?>[] {VaadinRequest.class},
                (proxy, method, args) -> "getHeader".equals(method.getName()) ? header : null);
    }

    private static ClassLoader loaderOf(Class<?> type) {
        return type.getClassLoader();
    }

    @Test
    void firstVisitFollowsTheBrowsersPreferredSupportedLanguage() {
        assertThat(UiPreferences.languageFromBrowser(requestWithAcceptLanguage("kk-KZ,kk;q=0.9,ru;q=0.8")))
                .contains(UiLanguage.KK);
        assertThat(UiPreferences.languageFromBrowser(requestWithAcceptLanguage("de-DE,de;q=0.9,ru;q=0.5,en;q=0.3")))
                .contains(UiLanguage.RU);
        assertThat(UiPreferences.languageFromBrowser(requestWithAcceptLanguage("uz-UZ,uz;q=0.9")))
                .isEmpty();
        assertThat(UiPreferences.languageFromBrowser(requestWithAcceptLanguage("not a ;; header===")))
                .isEmpty();
        assertThat(UiPreferences.languageFromBrowser(requestWithAcceptLanguage(null)))
                .isEmpty();
    }
}
