package org.pikir.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;

/**
 * What every hostile input must end in: a validation error whose message is a translation key present in kk, ru
 * and en, or a stored value that is safe (no control characters, no broken UTF-16, no direction overrides).
 */
public final class HostileAssertions {

    private static final TranslationProvider TRANSLATIONS = new TranslationProvider();
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}&&[^\\t\\r\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]");

    private HostileAssertions() {}

    /** The expected end of one hostile attempt: refused with a message key, or stored. */
    public sealed interface Outcome permits Rejected, Stored {}

    /** Refused with this translation key (on this field, for form errors). */
    public record Rejected(String key) implements Outcome {}

    /** Accepted and stored as plain text. */
    public record Stored() implements Outcome {}

    public static Outcome rejected(String key) {
        return new Rejected(key);
    }

    public static Outcome stored() {
        return new Stored();
    }

    /**
     * The rules of {@link FieldErrors#requireText} for a required free-text field of at most {@code max} characters:
     * what each payload ends in when the field adds no rule of its own.
     */
    public static Outcome plainText(Hostile payload, int max) {
        return switch (payload) {
            case EMPTY, WHITESPACE_ONLY -> rejected("error.required");
            case TEN_MEGABYTES -> rejected("error.tooLong");
            case LONG_LINE -> payload.value().length() > max ? rejected("error.tooLong") : stored();
            case NUL_BYTE, LONE_SURROGATE -> rejected("error.invalidCharacters");
            case BIDI_OVERRIDE -> rejected("error.directionControls");
            default -> stored();
        };
    }

    /**
     * Runs the action and checks the outcome: a refusal must be a {@link DomainException} (never anything that
     * becomes a 500) with the expected, translated key; a success returns the action's result for the caller to
     * read back.
     */
    public static <T> T expect(Outcome outcome, String field, Supplier<T> action) {
        T result;
        try {
            result = action.get();
        } catch (InvalidInputException e) {
            Map<String, Message> errors = e.fieldErrors();
            if (outcome instanceof Rejected(String key)) {
                assertThat(errors).as("field errors").containsKey(field);
                assertThat(errors.get(field).key()).as("message of " + field).isEqualTo(key);
                assertTranslated(key);
                return null;
            }
            throw new AssertionError("expected the input to be stored, but it was refused: " + errors, e);
        } catch (DomainException e) {
            if (outcome instanceof Rejected(String key)) {
                assertThat(e.messageKey()).isEqualTo(key);
                assertTranslated(key);
                return null;
            }
            throw new AssertionError("expected the input to be stored, but it was refused: " + e.messageKey(), e);
        } catch (RuntimeException e) {
            throw new AssertionError("hostile input ended in an unexpected exception (a 500): " + e, e);
        }
        if (outcome instanceof Rejected(String key)) {
            fail("expected a refusal with " + key + " but the input was accepted");
        }
        return result;
    }

    /** The key exists with a non-blank text in every portal language. */
    public static void assertTranslated(String key) {
        for (UiLanguage language : UiLanguage.values()) {
            assertThat(TRANSLATIONS.keys(language))
                    .as("key %s in %s", key, language)
                    .contains(key);
            assertThat(TRANSLATIONS.getTranslation(key, language.locale(), 1, 2, 3))
                    .as("text of %s in %s", key, language)
                    .isNotBlank();
        }
    }

    /** A stored text holds what was typed (stripped of outer whitespace), as characters, and nothing unsafe. */
    public static void assertStoredSafely(String stored, String typed) {
        assertSafe(stored);
        assertThat(stored).isEqualTo(typed.strip());
    }

    /** No control character but tab and line breaks, no bidi override, no lone surrogate. */
    public static void assertSafe(String stored) {
        assertThat(stored).isNotNull();
        assertThat(UNSAFE.matcher(stored).find())
                .as("control or direction character stored")
                .isFalse();
        assertThat(FieldErrors.hasLoneSurrogate(stored))
                .as("broken UTF-16 stored")
                .isFalse();
    }
}
