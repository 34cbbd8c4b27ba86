package org.pikir.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pikir.country.CountryCode;
import org.pikir.shared.i18n.UiLanguage;

/**
 * The visitor's chosen UI language and country, remembered in cookies (and, for languages, in the profile)
 * and held in the Vaadin session. Views read the country from here to pre-filter their lists.
 */
public final class UiPreferences {

    static final String LANGUAGE_COOKIE = "pikir-lang";
    static final String COUNTRY_COOKIE = "pikir-country";
    private static final String COUNTRY_ATTRIBUTE = UiPreferences.class.getName() + ".country";
    private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private UiPreferences() {}

    /** The country chosen in the header switcher (Kazakhstan until the visitor picks another). */
    public static CountryCode country() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return CountryCode.KZ;
        }
        Object stored = session.getAttribute(COUNTRY_ATTRIBUTE);
        if (stored instanceof CountryCode code) {
            return code;
        }
        CountryCode fromCookie =
                cookie(COUNTRY_COOKIE).flatMap(CountryCode::parse).orElse(CountryCode.KZ);
        session.setAttribute(COUNTRY_ATTRIBUTE, fromCookie);
        return fromCookie;
    }

    static void setCountry(CountryCode code) {
        VaadinSession.getCurrent().setAttribute(COUNTRY_ATTRIBUTE, code);
        setCookie(COUNTRY_COOKIE, code.name());
    }

    /** The language the visitor chose earlier (cookie), if any. */
    static Optional<UiLanguage> languageFromCookie(VaadinRequest request) {
        return cookie(request, LANGUAGE_COOKIE).flatMap(UiLanguage::fromCode);
    }

    /** Best match of the browser's Accept-Language among kk, ru, en. */
    static Optional<UiLanguage> languageFromBrowser(VaadinRequest request) {
        String header = request == null ? null : request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> supported =
                    Arrays.stream(UiLanguage.values()).map(UiLanguage::code).toList();
            return Optional.ofNullable(Locale.lookupTag(ranges, supported)).flatMap(UiLanguage::fromCode);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    static void applyLanguage(UI ui, UiLanguage language) {
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.getPage().executeJs("document.documentElement.lang = $0", language.code());
        connectionTexts(ui, language);
    }

    /**
     * Vaadin's connection indicator (the bar at the top of the page while the server is unreachable) in the
     * visitor's language, saying calmly that their text is kept. Flow passes the reconnect dialog texts on to
     * the indicator's {@code reconnectingText} and {@code offlineText}; its {@code onlineText} has no server
     * setting, so it is set on the element.
     */
    private static void connectionTexts(UI ui, UiLanguage language) {
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation(language.locale(), "shell.connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation(language.locale(), "shell.connection.offline"));
        ui.getPage()
                .executeJs(
                        "if (window.Vaadin && window.Vaadin.connectionIndicator)"
                                + " window.Vaadin.connectionIndicator.onlineText = $0",
                        ui.getTranslation(language.locale(), "shell.connection.online"));
    }

    static void rememberLanguage(UiLanguage language) {
        setCookie(LANGUAGE_COOKIE, language.code());
    }

    private static Optional<String> cookie(String name) {
        return cookie(VaadinService.getCurrentRequest(), name);
    }

    private static Optional<String> cookie(VaadinRequest request, String name) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    private static void setCookie(String name, String value) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(COOKIE_MAX_AGE);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
