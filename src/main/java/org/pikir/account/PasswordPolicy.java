package org.pikir.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pikir.shared.Message;

/**
 * Length first (NIST SP 800-63B): at least 10 characters, at most 128 and at most 72 bytes of UTF-8 (what bcrypt
 * can hash), at least one letter and one digit, not the e-mail address, not one of the most common passwords.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    // bcrypt uses the first 72 bytes of UTF-8 only, and Spring Security refuses to hash more (an exception, not a
    // silently shortened secret): 72 Latin letters, 36 Cyrillic ones, fewer with emoji.
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of(
            "1234567890",
            "12345678910",
            "qwertyuiop",
            "password12",
            "password123",
            "1q2w3e4r5t",
            "qwerty1234",
            "qwerty12345",
            "1qaz2wsx3edc",
            "iloveyou12",
            "abc1234567",
            "admin12345",
            "пароль1234",
            "йцукенгшщз",
            "qazwsxedc1");

    private PasswordPolicy() {}

    /** The message of the first rule the password breaks, if any. */
    static Optional<Message> violation(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Message.of("error.required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Message.of("account.password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Message.of("account.password.tooLong", MAX_LENGTH));
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Message.of("account.password.tooManyBytes", MAX_BYTES, MAX_BYTES / 2));
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of(Message.of("account.password.needsLetterAndDigit"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)
                || (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT)))) {
            return Optional.of(Message.of("account.password.tooCommon"));
        }
        return Optional.empty();
    }
}
