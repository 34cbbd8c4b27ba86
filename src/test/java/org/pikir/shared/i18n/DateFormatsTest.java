package org.pikir.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    private static final Locale EN = Locale.forLanguageTag("en");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale KK = Locale.forLanguageTag("kk");

    @Test
    void anInstantReadsAsTheDayAndTimeOfTheCountryItBelongsTo() {
        // 20:30 UTC on 6 December is already 7 December in Tashkent (UTC+5).
        Instant evening = Instant.parse("2026-12-06T20:30:00Z");
        ZoneId tashkent = ZoneId.of("Asia/Tashkent");

        assertThat(DateFormats.date(EN, tashkent).format(evening)).isEqualTo("Dec 7, 2026");
        assertThat(DateFormats.date(EN, ZoneId.of("UTC")).format(evening)).isEqualTo("Dec 6, 2026");
        assertThat(DateFormats.dateTime(EN, tashkent).format(evening))
                .startsWith("Dec 7, 2026")
                .contains("1:30");
    }

    @Test
    void daysAreWrittenInTheReadersLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 7);

        assertThat(DateFormats.longDate(RU).format(day)).contains("декабря").contains("2026");
        assertThat(DateFormats.fullDate(EN).format(day)).isEqualTo("Monday, December 7, 2026");
        assertThat(DateFormats.longDate(KK).format(day)).contains("2026").doesNotContain("December");
    }

    @Test
    void formattersAreSharedPerLanguageAndZone() {
        ZoneId almaty = ZoneId.of("Asia/Almaty");

        assertThat(DateFormats.date(RU, almaty)).isSameAs(DateFormats.date(RU, almaty));
        assertThat(DateFormats.date(RU, almaty)).isNotSameAs(DateFormats.date(KK, almaty));
    }
}
