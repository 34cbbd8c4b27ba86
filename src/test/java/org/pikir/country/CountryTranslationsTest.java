package org.pikir.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;

/** Keys built from enum names in the country screens exist in every language. */
class CountryTranslationsTest {

    @Test
    void everyEnumValueHasALabelInAllThreeLanguages() {
        List<String> keys = new ArrayList<>();
        for (AgencyKind kind : AgencyKind.values()) {
            keys.add("country.agency.kind." + kind.name());
        }
        for (PeriodUnit unit : PeriodUnit.values()) {
            keys.add("country.unit." + unit.name());
        }
        for (CalendarDayKind kind : CalendarDayKind.values()) {
            keys.add("country.dayKind." + kind.name());
        }
        TranslationProvider provider = new TranslationProvider();
        for (UiLanguage language : UiLanguage.values()) {
            assertThat(provider.keys(language)).as(language.code()).containsAll(keys);
        }
    }

    @Test
    void rangeAndYearArgumentsAreFormattedPerLanguage() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("country.error.range", UiLanguage.EN.locale(), 1, 10_000_000))
                .isEqualTo("Enter a whole number from 1 to 10,000,000.");
        assertThat(provider.getTranslation("country.holiday.error.dayRange", UiLanguage.RU.locale(), 2000, 2100))
                .isEqualTo("Выберите дату с 2000 по 2100 год.");
    }
}
