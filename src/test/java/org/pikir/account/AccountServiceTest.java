package org.pikir.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    CountryService countries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static RegistrationForm form(String email, String password, String name) {
        return new RegistrationForm(email, password, password, name, "KZ", "UZ", "kk");
    }

    @Test
    void registersACitizenWithAHashedPassword() {
        String email = TestUsers.uniqueEmail("Reg");
        long id = accounts.register(form(email, "good-pass-123", "Айгерим Сапарова"));

        UserAccount stored = repository.findById(id).orElseThrow();
        assertThat(stored.getEmail()).isEqualTo(email.toLowerCase());
        assertThat(stored.getRoles()).containsExactly(Role.CITIZEN);
        assertThat(stored.isVerified()).isFalse();
        assertThat(stored.getPreferredLanguage().code()).isEqualTo("kk");
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("good-pass-123");
        assertThat(encoder.matches("good-pass-123", stored.getPasswordHash())).isTrue();
    }

    @Test
    void rejectsBadInputFieldByFieldAndStoresNothing() {
        long before = repository.count();
        String tooLong = "x".repeat(81);
        assertThatThrownBy(() -> accounts.register(
                        new RegistrationForm("not-an-email", "short1", "other", tooLong, "XX", "", "de")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors())
                            .containsKeys(
                                    "email",
                                    "password",
                                    "passwordRepeat",
                                    "displayName",
                                    "residenceCountry",
                                    "citizenship",
                                    "preferredLanguage");
                    assertThat(e.fieldErrors().get("email").key()).isEqualTo("account.email.invalid");
                    assertThat(e.fieldErrors().get("password").key()).isEqualTo("account.password.tooShort");
                    assertThat(e.fieldErrors().get("displayName").key()).isEqualTo("error.tooLong");
                    assertThat(e.fieldErrors().get("residenceCountry").key()).isEqualTo("account.country.invalid");
                });
        assertThatThrownBy(() -> accounts.register(form(TestUsers.uniqueEmail("x"), "onlyletters-here", "<script>")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get("password").key()).isEqualTo("account.password.needsLetterAndDigit");
                    assertThat(e.fieldErrors().get("displayName").key()).isEqualTo("error.invalidCharacters");
                });
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void rejectsADuplicateEmailRegardlessOfCase() {
        String email = TestUsers.uniqueEmail("dup");
        accounts.register(form(email, "good-pass-123", "First Person"));
        assertThatThrownBy(() -> accounts.register(form(email.toUpperCase(), "good-pass-456", "Second Person")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("email").key()).isEqualTo("account.email.taken"));
    }

    @Test
    void adminServicesAreDeniedToCitizens() {
        PikirUser citizen = fixtures.citizen("KZ");
        TestUsers.signIn(citizen);
        assertThatThrownBy(() -> accounts.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.assignRoles(citizen.accountId(), EnumSet.of(Role.ADMIN), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.verify(citizen.accountId(), "self"))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signOut();
        assertThatThrownBy(() -> accounts.myAccount())
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void officialNeedsAnAgencyAndModeratorACountry() {
        PikirUser citizen = fixtures.citizen("KZ");
        TestUsers.signIn(fixtures.withRoles(EnumSet.of(Role.ADMIN)));
        assertThatThrownBy(() -> accounts.assignRoles(citizen.accountId(), EnumSet.of(Role.OFFICIAL), null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("agency"));
        assertThatThrownBy(() -> accounts.assignRoles(citizen.accountId(), EnumSet.of(Role.MODERATOR), null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("moderatorCountry"));

        long agencyId = countries.agencies(CountryCode.UZ).getFirst().getId();
        accounts.assignRoles(citizen.accountId(), EnumSet.of(Role.OFFICIAL, Role.CITIZEN), agencyId, null);
        PikirUser official = fixtures.load(citizen.getUsername());
        assertThat(official.agencyId()).isEqualTo(agencyId);
        assertThat(official.hasRole(Role.OFFICIAL)).isTrue();
    }

    @Test
    void verificationNeedsANoteAndIsRecorded() {
        PikirUser citizen = fixtures.unverifiedCitizen("TJ");
        TestUsers.signIn(fixtures.withRoles(EnumSet.of(Role.ADMIN)));
        assertThatThrownBy(() -> accounts.verify(citizen.accountId(), " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("evidence").key())
                                .isEqualTo("account.verify.noteRequired"));
        accounts.verify(citizen.accountId(), "passport seen");
        assertThat(accounts.isVerified(citizen.accountId())).isTrue();
        assertThat(repository.findById(citizen.accountId()).orElseThrow().getVerifiedBy())
                .startsWith("dev-admin:");
    }

    @Test
    void changesPasswordOnlyWithTheCurrentOne() {
        PikirUser citizen = fixtures.citizen("KG");
        TestUsers.signIn(citizen);
        assertThatThrownBy(() -> accounts.changePassword("wrong-pass-1", "new-pass-2026", "new-pass-2026"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("currentPassword"));
        accounts.changePassword(AccountFixtures.PASSWORD, "new-pass-2026", "new-pass-2026");
        assertThat(encoder.matches(
                        "new-pass-2026",
                        repository.findById(citizen.accountId()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void cannotDropOwnAdminRole() {
        PikirUser admin = fixtures.withRoles(EnumSet.of(Role.ADMIN));
        TestUsers.signIn(admin);
        assertThatThrownBy(() -> accounts.assignRoles(admin.accountId(), EnumSet.of(Role.CITIZEN), null, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("account.roles.cannotDropOwnAdmin");
    }
}
