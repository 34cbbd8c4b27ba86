package org.pikir.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.pikir.consultation.DraftStatus;
import org.pikir.consultation.Trilingual;
import org.pikir.country.CountryCode;
import org.pikir.shared.i18n.DateFormats;

/** Formatting shared by the consultation views: dates in the country's zone, days left, statuses, languages. */
final class ConsultationFormat {

    private ConsultationFormat() {}

    static Locale locale(Component c) {
        com.vaadin.flow.component.UI ui = c.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static ZoneId zone(CountryCode country) {
        return switch (country) {
            case KZ -> ZoneId.of("Asia/Almaty");
            case UZ -> ZoneId.of("Asia/Tashkent");
            case KG -> ZoneId.of("Asia/Bishkek");
            case TJ -> ZoneId.of("Asia/Dushanbe");
            case TM -> ZoneId.of("Asia/Ashgabat");
        };
    }

    static String dateTime(Component c, Instant instant, CountryCode country) {
        if (instant == null) {
            return "—";
        }
        return DateFormats.dateTime(locale(c), zone(country)).format(instant);
    }

    static String date(Component c, Instant instant, CountryCode country) {
        if (instant == null) {
            return "—";
        }
        return DateFormats.date(locale(c), zone(country)).format(instant);
    }

    /** "12 days left", "closes today", "closed" or "not open yet". */
    static String daysLeft(
            Component c, DraftStatus status, Instant opensAt, Instant closesAt, Instant now, CountryCode country) {
        if (status != DraftStatus.OPEN || closesAt == null) {
            return c.getTranslation("consultation.status." + status.name());
        }
        if (opensAt != null && now.isBefore(opensAt)) {
            return c.getTranslation("consultation.list.opensOn", date(c, opensAt, country));
        }
        if (!now.isBefore(closesAt)) {
            return c.getTranslation("consultation.list.ended");
        }
        long days = Duration.between(now, closesAt).toDays();
        return days == 0
                ? c.getTranslation("consultation.list.closesToday")
                : c.getTranslation("consultation.list.daysLeft", days);
    }

    static String status(Component c, DraftStatus status) {
        return c.getTranslation("consultation.status." + status.name());
    }

    static String language(Component c) {
        Locale locale = locale(c);
        String code = locale == null ? "en" : locale.getLanguage();
        return switch (code) {
            case "kk", "ru", "en" -> code;
            default -> "en";
        };
    }

    /** The text in the UI language; a fallback gets a visible "(in Russian)" marker. */
    static Span shown(Component c, Trilingual text, String cssClass) {
        Trilingual.Shown shown = text.show(language(c));
        Span span = new Span(shown.text());
        if (cssClass != null) {
            span.addClassName(cssClass);
        }
        if (shown.fallback()) {
            span.getElement().setAttribute("lang", shown.language());
        }
        return span;
    }

    static String languageName(Component c, String code) {
        return switch (code == null ? "und" : code) {
            case "kk", "ru", "en", "uz", "ky", "tg", "tk" -> c.getTranslation("consultation.lang." + code);
            default -> c.getTranslation("consultation.lang.und");
        };
    }

    static Span fallbackMarker(Component c, Trilingual text) {
        Trilingual.Shown shown = text.show(language(c));
        if (!shown.fallback()) {
            return null;
        }
        Span marker = new Span(c.getTranslation("consultation.fallback", languageName(c, shown.language())));
        marker.addClassName("consultation-fallback");
        return marker;
    }
}
