package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerAnonymiserTest {

    @Test
    void removesTheAuthorsNameInAnyInflectionContactsAndTheAppealNumber() {
        String answer = "Уважаемая Айгерим Нурланова! По обращению KZ-2026-000123 сообщаем Нурлановой А., что "
                + "фонари восстановлены 15.04.2026. Копия направлена на aigerim.n@mail.kz и по телефону "
                + "+7 (701) 123-45-67; ИИН 900101300123.";
        String out = AnswerAnonymiser.anonymise(answer, "Айгерим Нурланова", "aigerim.n@mail.kz", "KZ-2026-000123");
        assertThat(out)
                .doesNotContain("Айгерим", "Нурланов", "KZ-2026-000123", "aigerim", "701", "900101300123")
                .contains("фонари восстановлены 15.04.2026", AnswerAnonymiser.MASK);
    }

    @Test
    void keepsDatesAmountsAndLawNumbersAndOtherPeoplesWords() {
        String answer = "Выделено 12 500 000 тенге по закону № 123-IV от 2026-03-01; работы завершены.";
        assertThat(AnswerAnonymiser.anonymise(answer, "Ли Ким", null, null)).isEqualTo(answer);
        assertThat(AnswerAnonymiser.anonymise("Dear Olga, done.", "Olga Kim", "", ""))
                .isEqualTo("Dear […], done.");
        assertThat(AnswerAnonymiser.anonymise(null, "A B", null, null)).isNull();
    }
}
