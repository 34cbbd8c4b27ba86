package org.pikir.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pikir.shared.Message;

class PasswordPolicyTest {

    @Test
    void acceptsLongPasswordsWithLettersAndDigitsInAnyScript() {
        assertThat(PasswordPolicy.violation("correct-horse-42", "a@b.kz")).isEmpty();
        assertThat(PasswordPolicy.violation("құпиясөз2026жыл", "a@b.kz")).isEmpty();
    }

    @Test
    void namesTheFirstBrokenRule() {
        assertThat(PasswordPolicy.violation("", "a@b.kz")).map(Message::key).contains("error.required");
        assertThat(PasswordPolicy.violation("abc12", "a@b.kz")).hasValue(Message.of("account.password.tooShort", 10));
        assertThat(PasswordPolicy.violation("x1".repeat(65), "a@b.kz"))
                .map(Message::key)
                .contains("account.password.tooLong");
        assertThat(PasswordPolicy.violation("onlylettershere", "a@b.kz"))
                .map(Message::key)
                .contains("account.password.needsLetterAndDigit");
        assertThat(PasswordPolicy.violation("1234567890123", "a@b.kz"))
                .map(Message::key)
                .contains("account.password.needsLetterAndDigit");
        assertThat(PasswordPolicy.violation("Password123", "a@b.kz"))
                .map(Message::key)
                .contains("account.password.tooCommon");
        assertThat(PasswordPolicy.violation("me2026@mail.kz", "ME2026@mail.kz"))
                .map(Message::key)
                .contains("account.password.tooCommon");
    }
}
