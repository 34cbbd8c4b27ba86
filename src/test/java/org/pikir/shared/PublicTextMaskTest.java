package org.pikir.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pikir.shared.PublicTextMask.EMAIL_MASK;
import static org.pikir.shared.PublicTextMask.ID_MASK;
import static org.pikir.shared.PublicTextMask.PHONE_MASK;
import static org.pikir.shared.PublicTextMask.mask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicTextMaskTest {

    /** A valid IIN for the birth date and century digit: the first serial whose check digit exists. */
    static String iin(String yymmdd, int century) {
        for (int serial = 1; ; serial++) {
            String first11 = yymmdd + century + String.format("%04d", serial);
            int check = referenceIinCheck(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }

    // written apart from the production code from the published description of the algorithm
    private static int referenceIinCheck(String d) {
        int[] w1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        int[] w2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        int s = 0;
        for (int i = 0; i < 11; i++) {
            s += (d.charAt(i) - '0') * w1[i];
        }
        if (s % 11 != 10) {
            return s % 11;
        }
        s = 0;
        for (int i = 0; i < 11; i++) {
            s += (d.charAt(i) - '0') * w2[i];
        }
        return s % 11 == 10 ? -1 : s % 11;
    }

    static String pinfl(String first13) {
        int[] w = {7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7};
        int s = 0;
        for (int i = 0; i < 13; i++) {
            s += (first13.charAt(i) - '0') * w[i];
        }
        return first13 + (s % 10);
    }

    private static String wrongLastDigit(String id) {
        char last = id.charAt(id.length() - 1);
        return id.substring(0, id.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    @Test
    void masksAValidKazakhIinAndKeepsOneWithAWrongCheckDigit() {
        String valid = iin("870412", 3);
        assertThat(PublicTextMask.isIin(valid)).isTrue();
        assertThat(mask("Мой номер " + valid + ", прошу ответить."))
                .isEqualTo("Мой номер " + ID_MASK + ", прошу ответить.");
        String invalid = wrongLastDigit(valid);
        assertThat(PublicTextMask.isIin(invalid)).isFalse();
        assertThat(mask("Номер " + invalid)).isEqualTo("Номер " + invalid);
        // an impossible birth date is no IIN even if the digits add up
        String badDate = "871332" + "3" + "0001";
        assertThat(mask(badDate + referenceIinCheck(badDate))).doesNotContain(ID_MASK);
    }

    @Test
    void theIinCheckDigitFallsBackToTheSecondWeightsAndMatchesTheReference() {
        int secondPass = 0;
        for (int serial = 0; serial < 2000; serial++) {
            String first11 = "950101" + "4" + String.format("%04d", serial);
            assertThat(PublicTextMask.iinCheckDigit(first11)).isEqualTo(referenceIinCheck(first11));
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (first11.charAt(i) - '0') * (i + 1);
            }
            if (sum % 11 == 10) {
                secondPass++;
            }
        }
        assertThat(secondPass).as("serials that need the second pass").isPositive();
    }

    @Test
    void masksAValidUzbekPinflAndKeepsOneWithAWrongCheckDigit() {
        // century digit 3 (man born in the 1900s), 15.06.1985, district 123, serial 456
        String valid = pinfl("3150685123456");
        assertThat(PublicTextMask.isPinfl(valid)).isTrue();
        assertThat(mask("ЖШШИР: " + valid)).isEqualTo("ЖШШИР: " + ID_MASK);
        assertThat(mask("Raqam " + valid + " bor")).isEqualTo("Raqam " + ID_MASK + " bor");
        String invalid = wrongLastDigit(valid);
        assertThat(mask("Raqam " + invalid)).isEqualTo("Raqam " + invalid);
    }

    @Test
    void masksAKyrgyzPinWithARealBirthDateOnly() {
        String valid = "2" + "15061985" + "00123";
        assertThat(mask("ПИН " + valid)).isEqualTo("ПИН " + ID_MASK);
        assertThat(mask("номер " + valid + " выдан")).isEqualTo("номер " + ID_MASK + " выдан");
        String noDate = "2" + "31021985" + "00123";
        assertThat(mask("номер " + noDate)).isEqualTo("номер " + noDate);
        String wrongSex = "3" + "15061985" + "00123";
        assertThat(PublicTextMask.isKyrgyzPin(wrongSex)).isFalse();
    }

    @Test
    void masksATajikOrAnyNumberOnlyAfterAnIdentifierKeyword() {
        assertThat(mask("ИНН 123456789, адрес")).isEqualTo("ИНН " + ID_MASK + ", адрес");
        assertThat(mask("INN: 123456789")).isEqualTo("INN: " + ID_MASK);
        assertThat(mask("СТИР 123456789")).isEqualTo("СТИР " + ID_MASK);
        // nine digits without a keyword are an ordinary number
        assertThat(mask("Итого 123456789 сум")).isEqualTo("Итого 123456789 сум");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+7 (701) 123-45-67",
                "+77011234567",
                "8 701 123 45 67",
                "8(727)2501234",
                "701 123 45 67",
                "+998 90 123-45-67",
                "+998901234567",
                "00998 90 123 45 67",
                "+996 555 123 456",
                "0555 123 456",
                "+992 93 123 4567",
                "+993 65 123456",
                "+993-12-34-56-78"
            })
    void masksPhoneNumbersOfTheFiveCountries(String phone) {
        assertThat(mask("Звоните: " + phone + ".")).isEqualTo("Звоните: " + PHONE_MASK + ".");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "статья 123",
                "пункт 3 статьи 45-1",
                "Закон № 123-IV от 2026-03-01",
                "в 2024 году",
                "12 500 000 тенге",
                "7 000 000 000 тенге",
                "87 000 000 000 сум",
                "1 500 000 000 000 сом",
                "15.04.2026",
                "тел. 123",
                "+100500",
                "ст. 12.3.4",
                "123456789012",
                "12345678901234"
            })
    void keepsOrdinaryNumbers(String text) {
        assertThat(mask(text)).isEqualTo(text);
    }

    @Test
    void masksEmailAddressesAsBefore() {
        assertThat(mask("пишите aigerim.n@mail.kz или айгерим@почта.қаз"))
                .isEqualTo("пишите " + EMAIL_MASK + " или " + EMAIL_MASK);
        assertThat(mask(null)).isNull();
        assertThat(mask("")).isEmpty();
    }

    @Test
    void aLongRunOfDigitsIsHandledQuickly() {
        String hostile = "1".repeat(50_000) + "a";
        assertThat(mask(hostile)).isEqualTo(hostile);
    }
}
