package org.pikir.account;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, profile and administration of accounts. */
@Service
@Transactional
public class AccountService {

    static final int MAX_EMAIL = 254;
    static final int MAX_DISPLAY_NAME = 80;
    static final int MIN_DISPLAY_NAME = 2;
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    // Names are shown to others: letters, marks, digits, spaces and a little punctuation only.
    private static final Pattern DISPLAY_NAME = Pattern.compile("^[\\p{L}\\p{M}\\p{Nd} .'’ʼ‘`-]+$");
    private static final Set<String> ISO_COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final CountryService countries;
    private final List<IdentityVerifier> verifiers;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            CountryService countries,
            List<IdentityVerifier> verifiers,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.countries = countries;
        this.verifiers = verifiers;
        this.clock = clock;
    }

    /** Creates a citizen account; throws {@link InvalidInputException} with per-field messages. */
    public long register(RegistrationForm form) {
        FieldErrors errors = new FieldErrors();
        String email = checkEmail(errors, form.email());
        String displayName = checkDisplayName(errors, form.displayName());
        String residence = checkCountry(errors, "residenceCountry", form.residenceCountry());
        String citizenship = checkCountry(errors, "citizenship", form.citizenship());
        UiLanguage language = checkLanguage(errors, form.preferredLanguage());
        PasswordPolicy.violation(form.password(), email).ifPresent(m -> errors.add("password", m));
        if (form.password() != null && !form.password().equals(form.passwordRepeat())) {
            errors.add("passwordRepeat", "account.password.mismatch");
        }
        if (!errors.has("email") && accounts.findByEmail(email).isPresent()) {
            errors.add("email", "account.email.taken");
        }
        errors.throwIfAny();
        UserAccount account = new UserAccount(
                email,
                passwordEncoder.encode(form.password()),
                displayName,
                residence,
                citizenship,
                language,
                clock.instant());
        try {
            return accounts.saveAndFlush(account).getId();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // Two registrations with one address raced past the check above; the unique index decided.
            throw InvalidInputException.of("email", "account.email.taken");
        }
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public UserAccount myAccount() {
        return currentUser.account().orElseThrow(NotFoundException::new);
    }

    /** Updates the signed-in person's profile. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void updateProfile(ProfileForm form) {
        FieldErrors errors = new FieldErrors();
        String displayName = checkDisplayName(errors, form.displayName());
        String residence = checkCountry(errors, "residenceCountry", form.residenceCountry());
        String citizenship = checkCountry(errors, "citizenship", form.citizenship());
        UiLanguage language = checkLanguage(errors, form.preferredLanguage());
        errors.throwIfAny();
        UserAccount account = myAccount();
        account.updateProfile(displayName, residence, citizenship, language);
        if (form.nameDisplay() != null) {
            account.setNameDisplay(form.nameDisplay());
        }
    }

    /** Remembers the UI language chosen in the switcher, for signed-in people. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void rememberLanguage(UiLanguage language) {
        myAccount().setPreferredLanguage(language);
    }

    /** Changes the signed-in person's password after checking the current one. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void changePassword(String currentPassword, String newPassword, String newPasswordRepeat) {
        UserAccount account = myAccount();
        FieldErrors errors = new FieldErrors();
        if (account.getPasswordHash() == null
                || currentPassword == null
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            errors.add("currentPassword", "account.password.currentWrong");
        }
        PasswordPolicy.violation(newPassword, account.getEmail()).ifPresent(m -> errors.add("newPassword", m));
        if (newPassword != null && !newPassword.equals(newPasswordRepeat)) {
            errors.add("newPasswordRepeat", "account.password.mismatch");
        }
        errors.throwIfAny();
        account.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /** Accounts matching a text in e-mail or display name, for administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_ADMIN)
    public Page<UserAccount> search(String text, Pageable pageable) {
        return accounts.search(org.pikir.shared.LikePattern.contains(text), pageable);
    }

    /** Sets roles; an official needs an agency, a moderator a country. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public void assignRoles(long accountId, Set<Role> roles, Long agencyId, CountryCode moderatorCountry) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        FieldErrors errors = new FieldErrors();
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "account.roles.required");
        } else {
            if (roles.contains(Role.OFFICIAL)
                    && (agencyId == null || countries.agency(agencyId).isEmpty())) {
                errors.add("agency", "account.roles.officialNeedsAgency");
            }
            if (roles.contains(Role.MODERATOR) && moderatorCountry == null) {
                errors.add("moderatorCountry", "account.roles.moderatorNeedsCountry");
            }
        }
        errors.throwIfAny();
        if (isSelf(account) && !roles.contains(Role.ADMIN)) {
            throw new DomainException("account.roles.cannotDropOwnAdmin");
        }
        account.assignRoles(EnumSet.copyOf(roles), agencyId, moderatorCountry);
    }

    /** Marks an account verified through the configured identity verifier. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public void verify(long accountId, String evidence) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        IdentityVerifier verifier =
                verifiers.stream().findFirst().orElseThrow(() -> new DomainException("account.verify.noVerifier"));
        IdentityVerifier.VerificationResult result = verifier.verify(accountId, evidence);
        if (!result.verified()) {
            throw InvalidInputException.of("evidence", result.reasonKey());
        }
        account.markVerified(
                clock.instant(),
                verifier.name() + ":"
                        + currentUser.get().map(PikirUser::getUsername).orElse("system"));
    }

    /** Withdraws a verification (e.g. made in error). */
    @PreAuthorize(Roles.HAS_ADMIN)
    public void unverify(long accountId) {
        accounts.findById(accountId).orElseThrow(NotFoundException::new).markUnverified();
    }

    /** Blocks or unblocks sign-in for an account. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public void setEnabled(long accountId, boolean enabled) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (!enabled && isSelf(account)) {
            throw new DomainException("account.cannotDisableSelf");
        }
        account.setEnabled(enabled);
    }

    /** Public display name of an account (shown next to comments, petitions). */
    @Transactional(readOnly = true)
    public String displayName(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getDisplayName).orElse("");
    }

    /** The account's name as the public sees it on what it published, under its own choice ({@link NameDisplay}). */
    @Transactional(readOnly = true)
    public AuthorName publicName(long accountId) {
        return accounts.findById(accountId)
                .map(a -> AuthorName.of(a.getDisplayName(), a.getNameDisplay(), a.getResidenceCountry()))
                .orElse(AuthorName.NONE);
    }

    /** E-mail address and language of an account, for notifications; not for display to others. */
    @Transactional(readOnly = true)
    public java.util.Optional<Contact> contact(long accountId) {
        return accounts.findById(accountId)
                .filter(UserAccount::isEnabled)
                .map(a -> new Contact(a.getId(), a.getEmail(), a.getDisplayName(), a.getPreferredLanguage()));
    }

    /** Accounts of officials bound to an agency (to notify them). */
    @Transactional(readOnly = true)
    public List<Contact> officialsOf(long agencyId) {
        return accounts.findByRoleAndAgency(Role.OFFICIAL, agencyId).stream()
                .filter(UserAccount::isEnabled)
                .map(a -> new Contact(a.getId(), a.getEmail(), a.getDisplayName(), a.getPreferredLanguage()))
                .toList();
    }

    /** Whether the account's identity is verified, read fresh from the database. */
    @Transactional(readOnly = true)
    public boolean isVerified(long accountId) {
        return accounts.findById(accountId).map(UserAccount::isVerified).orElse(false);
    }

    /** How to reach a person. */
    public record Contact(long accountId, String email, String displayName, UiLanguage language) {}

    private boolean isSelf(UserAccount account) {
        return currentUser.get().map(u -> u.accountId() == account.getId()).orElse(false);
    }

    private static String checkEmail(FieldErrors errors, String value) {
        String email = errors.requireText("email", value, MAX_EMAIL);
        if (!errors.has("email") && !EMAIL.matcher(email).matches()) {
            errors.add("email", "account.email.invalid");
        }
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    private static String checkDisplayName(FieldErrors errors, String value) {
        String name = errors.requireText("displayName", value, MAX_DISPLAY_NAME);
        if (!errors.has("displayName")) {
            if (name.codePointCount(0, name.length()) < MIN_DISPLAY_NAME) {
                errors.add("displayName", "account.displayName.tooShort", MIN_DISPLAY_NAME);
            } else if (!DISPLAY_NAME.matcher(name).matches()) {
                errors.add("displayName", "error.invalidCharacters");
            }
        }
        return name;
    }

    private static String checkCountry(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "error.required");
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(code)) {
            errors.add(field, "account.country.invalid");
        }
        return code;
    }

    private static UiLanguage checkLanguage(FieldErrors errors, String value) {
        return UiLanguage.fromCode(value).orElseGet(() -> {
            errors.add("preferredLanguage", "error.required");
            return UiLanguage.FALLBACK;
        });
    }
}
