package org.pikir.shared.i18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How dates and times read in Pikir, in the reader's language and (for instants) the time zone of the country
 * they belong to: one place for views, exports and mails, no Vaadin. Formatters are immutable and cached per
 * style, locale and zone. Callers decide what an absent date reads as ("" in a sentence, "—" in a table).
 */
public final class DateFormats {

    private record Key(FormatStyle date, FormatStyle time, Locale locale, ZoneId zone) {}

    private static final Map<Key, DateTimeFormatter> CACHE = new ConcurrentHashMap<>();

    private DateFormats() {}

    /** A day, e.g. "7 дек. 2026 г." / "Dec 7, 2026"; for {@code LocalDate} values. */
    public static DateTimeFormatter date(Locale locale) {
        return of(FormatStyle.MEDIUM, null, locale, null);
    }

    /** The day an instant falls on in {@code zone}. */
    public static DateTimeFormatter date(Locale locale, ZoneId zone) {
        return of(FormatStyle.MEDIUM, null, locale, zone);
    }

    /** Day and minute of an instant in {@code zone}, e.g. "Dec 7, 2026, 10:05 AM". */
    public static DateTimeFormatter dateTime(Locale locale, ZoneId zone) {
        return of(FormatStyle.MEDIUM, FormatStyle.SHORT, locale, zone);
    }

    /** A day written out, e.g. "December 7, 2026"; for a sentence such as a confirmation. */
    public static DateTimeFormatter longDate(Locale locale) {
        return of(FormatStyle.LONG, null, locale, null);
    }

    /** A day with its weekday, e.g. "Monday, December 7, 2026"; for calendars. */
    public static DateTimeFormatter fullDate(Locale locale) {
        return of(FormatStyle.FULL, null, locale, null);
    }

    private static DateTimeFormatter of(FormatStyle date, FormatStyle time, Locale locale, ZoneId zone) {
        return CACHE.computeIfAbsent(new Key(date, time, locale, zone), k -> {
            DateTimeFormatter f = k.time() == null
                    ? DateTimeFormatter.ofLocalizedDate(k.date())
                    : DateTimeFormatter.ofLocalizedDateTime(k.date(), k.time());
            f = f.withLocale(k.locale());
            return k.zone() == null ? f : f.withZone(k.zone());
        });
    }
}
