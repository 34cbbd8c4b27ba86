package org.pikir.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pikir.shared.HostileAssertions.assertStoredSafely;
import static org.pikir.shared.HostileAssertions.expect;
import static org.pikir.shared.HostileAssertions.rejected;
import static org.pikir.shared.HostileAssertions.stored;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pikir.country.Agency;
import org.pikir.country.CountryService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.Hostile;
import org.pikir.shared.HostileAssertions.Outcome;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hostile input on registration and the profile (e-mail, display name, password, countries, language) and on the
 * administrators' account and agency searches, whose LIKE must treat wildcards as text.
 */
@IntegrationTest
class HostileInputAccountTest {

    private static final String PASSWORD = "Secret-pass-2026";

    @Autowired
    AccountService accounts;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    CountryService countries;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long accountRows() {
        return jdbc.queryForObject("select count(*) from user_account", Long.class);
    }

    private Long register(RegistrationForm form, Outcome outcome, String field) {
        long before = accountRows();
        Long id = expect(outcome, field, () -> accounts.register(form));
        if (id == null) {
            assertThat(accountRows()).as("no account created").isEqualTo(before);
        }
        return id;
    }

    private static RegistrationForm form(String email, String password, String name, String country, String lang) {
        return new RegistrationForm(email, password, password, name, country, country, lang);
    }

    /** Names are shown next to comments and petitions: letters, marks, digits and a little punctuation only. */
    static Outcome displayName(Hostile payload) {
        return switch (payload) {
            case EMPTY, WHITESPACE_ONLY -> rejected("error.required");
            case TEN_MEGABYTES, LONG_LINE -> rejected("error.tooLong");
            case BIDI_OVERRIDE -> rejected("error.directionControls");
            default -> rejected("error.invalidCharacters");
        };
    }

    @ParameterizedTest(name = "display name at registration: {0}")
    @EnumSource(Hostile.class)
    void displayNameAtRegistration(Hostile payload) {
        register(
                form(TestUsers.uniqueEmail("hostile"), PASSWORD, payload.in("Aigerim"), "KZ", "kk"),
                displayName(payload),
                "displayName");
    }

    @ParameterizedTest(name = "display name in the profile: {0}")
    @EnumSource(Hostile.class)
    void displayNameInTheProfile(Hostile payload) {
        PikirUser me = fixtures.citizen("KZ");
        TestUsers.signIn(me);
        String before = accounts.myAccount().getDisplayName();
        expect(displayName(payload), "displayName", () -> {
            accounts.updateProfile(new ProfileForm(payload.in("Aigerim"), "KZ", "KZ", "kk"));
            return true;
        });
        assertThat(accounts.myAccount().getDisplayName()).as("unchanged").isEqualTo(before);
    }

    @Test
    void namesWithCombiningMarksAndApostrophesAreStored() {
        String name = "Zoe\u0308 N\u0303un\u0303ez-O’Brien Әлихан";
        Long id = register(form(TestUsers.uniqueEmail("marks"), PASSWORD, name, "KZ", "kk"), stored(), "displayName");
        assertStoredSafely(repository.findById(id).orElseThrow().getDisplayName(), name);
    }

    @ParameterizedTest(name = "e-mail: {0}")
    @EnumSource(Hostile.class)
    void email(Hostile payload) {
        Outcome outcome = switch (payload) {
            case EMPTY, WHITESPACE_ONLY -> rejected("error.required");
            case TEN_MEGABYTES, LONG_LINE -> rejected("error.tooLong");
            case NUL_BYTE, LONE_SURROGATE -> rejected("error.invalidCharacters");
            case BIDI_OVERRIDE -> rejected("error.directionControls");
            default -> rejected("account.email.invalid");
        };
        register(form(payload.in("a@b.kz"), PASSWORD, "Aigerim", "KZ", "kk"), outcome, "email");
    }

    /**
     * Passwords are hashed, never shown: any character may be in one, but bcrypt takes at most 72 bytes of UTF-8 and
     * Spring Security refuses to hash more (an exception, a 500 before the byte limit was checked).
     */
    @ParameterizedTest(name = "password: {0}")
    @EnumSource(Hostile.class)
    void password(Hostile payload) {
        Outcome outcome = switch (payload) {
            case EMPTY -> rejected("error.required");
            case WHITESPACE_ONLY -> rejected("account.password.needsLetterAndDigit");
            case TEN_MEGABYTES, LONG_LINE -> rejected("account.password.tooLong");
            case SCRIPT_TAG, EMOJI_AND_COMBINING -> rejected("account.password.tooManyBytes");
            default -> stored();
        };
        String typed = payload.in(PASSWORD);
        String email = TestUsers.uniqueEmail("password");
        Long id = register(form(email, typed, "Aigerim", "KZ", "kk"), outcome, "password");
        if (id != null) {
            assertThat(encoder.matches(
                            typed, repository.findById(id).orElseThrow().getPasswordHash()))
                    .as("signs in with it")
                    .isTrue();
        }
    }

    @Test
    void aCyrillicPassphraseOverSeventyTwoBytesIsRefusedWithAClearMessage() {
        String passphrase = "верблюдпьётводу2026".repeat(3); // 57 characters, 102 bytes
        register(
                form(TestUsers.uniqueEmail("cyrillic"), passphrase, "Aigerim", "KZ", "kk"),
                rejected("account.password.tooManyBytes"),
                "password");
        PikirUser me = fixtures.citizen("KZ");
        TestUsers.signIn(me);
        expect(rejected("account.password.tooManyBytes"), "newPassword", () -> {
            accounts.changePassword(AccountFixtures.PASSWORD, passphrase, passphrase);
            return true;
        });
    }

    @ParameterizedTest(name = "country: {0}")
    @EnumSource(Hostile.class)
    void country(Hostile payload) {
        Outcome outcome = payload == Hostile.EMPTY ? rejected("error.required") : rejected("account.country.invalid");
        register(
                form(TestUsers.uniqueEmail("country"), PASSWORD, "Aigerim", payload.in("KZ"), "kk"),
                outcome,
                "residenceCountry");
    }

    @ParameterizedTest(name = "language: {0}")
    @EnumSource(Hostile.class)
    void language(Hostile payload) {
        register(
                form(TestUsers.uniqueEmail("lang"), PASSWORD, "Aigerim", "KZ", payload.in("kk")),
                rejected("error.required"),
                "preferredLanguage");
    }

    @ParameterizedTest(name = "admin account search: {0}")
    @EnumSource(Hostile.class)
    void adminAccountSearch(Hostile payload) {
        TestUsers.signInWithRoles("ADMIN");
        var page = expect(stored(), "text", () -> accounts.search(payload.value(), PageRequest.of(0, 20)));
        if (!payload.isBlank()) {
            String needle = payload.value().strip().toLowerCase(Locale.ROOT);
            assertThat(page.getContent())
                    .as("every hit contains the text literally")
                    .allSatisfy(a -> assertThat(
                                    a.getEmail() + " " + a.getDisplayName().toLowerCase(Locale.ROOT))
                            .contains(needle));
        }
    }

    @Test
    void percentAndUnderscoreInTheAccountSearchAreLiteral() {
        fixtures.citizen("KZ");
        fixtures.citizen("UZ");
        TestUsers.signInWithRoles("ADMIN");
        long total = accounts.search("", PageRequest.of(0, 1)).getTotalElements();
        assertThat(total).isGreaterThan(1);
        for (String text : List.of("%", "_", "%%", "\\")) {
            var found = accounts.search(text, PageRequest.of(0, 500));
            assertThat(found.getTotalElements()).as(text).isLessThan(total);
            assertThat(found.getContent())
                    .as("every hit of %s contains it literally", text)
                    .allSatisfy(a ->
                            assertThat(a.getEmail() + " " + a.getDisplayName()).contains(text));
        }
        // an underscore is a legal e-mail character and must still be found as itself
        String email = "under_score-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@test.pikir";
        accounts.register(form(email, PASSWORD, "Aigerim", "KZ", "kk"));
        assertThat(accounts.search("under_score", PageRequest.of(0, 50)).getContent())
                .extracting(UserAccount::getEmail)
                .contains(email)
                .allSatisfy(e -> assertThat(e).contains("under_score"));
        assertThat(accounts.search("under%score", PageRequest.of(0, 50)).getContent())
                .isEmpty();
    }

    @ParameterizedTest(name = "agency search: {0}")
    @EnumSource(Hostile.class)
    void agencySearch(Hostile payload) {
        List<Agency> found = expect(
                        stored(),
                        "text",
                        () -> countries.searchAgencies(null, payload.value(), false, PageRequest.of(0, 50)))
                .getContent();
        if (payload == Hostile.LIKE_WILDCARDS) {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void percentAndUnderscoreInTheAgencySearchAreLiteral() {
        long all =
                countries.searchAgencies(null, "", false, PageRequest.of(0, 1)).getTotalElements();
        assertThat(all).isGreaterThan(10);
        for (String text : List.of("%", "_", "%_%")) {
            var found = countries.searchAgencies(null, text, false, PageRequest.of(0, 500));
            assertThat(found.getTotalElements()).as(text).isLessThan(all);
            assertThat(found.getContent())
                    .as("every hit of %s contains it literally", text)
                    .allSatisfy(a -> assertThat((a.getName().kk()
                                            + a.getName().ru()
                                            + a.getName().en()
                                            + a.getCode())
                                    .toLowerCase(Locale.ROOT))
                            .contains(text));
        }
    }
}
