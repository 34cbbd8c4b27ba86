package org.pikir.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;

/** Keys built from enum names ("petition.status." + status) exist in every language. */
class PetitionTranslationsTest {

    @Test
    void everyEnumLabelIsTranslated() {
        List<String> keys = new ArrayList<>();
        for (PetitionStatus s : PetitionStatus.values()) {
            keys.add("petition.status." + s.name());
        }
        for (PetitionSort s : PetitionSort.values()) {
            keys.add("petition.sort." + s.name());
        }
        for (RejectionReason r : RejectionReason.values()) {
            keys.add("petition.reason." + r.name());
        }
        for (ResponseDecision d : ResponseDecision.values()) {
            keys.add("petition.decision." + d.name());
        }
        TranslationProvider provider = new TranslationProvider();
        for (UiLanguage language : UiLanguage.values()) {
            assertThat(provider.keys(language)).as(language.code()).containsAll(keys);
        }
    }

    @Test
    void daysLeftUsesNumbersAndPluralsPerLanguage() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("petition.daysLeft", UiLanguage.EN.locale(), 1L))
                .isEqualTo("1 day left");
        assertThat(provider.getTranslation("petition.daysLeft", UiLanguage.EN.locale(), 12L))
                .isEqualTo("12 days left");
        assertThat(provider.getTranslation("petition.daysLeft", UiLanguage.KK.locale(), 3L))
                .isEqualTo("3 күн қалды");
        assertThat(provider.getTranslation("petition.daysLeft", UiLanguage.RU.locale(), 0L))
                .isEqualTo("завершается сегодня");
    }
}
