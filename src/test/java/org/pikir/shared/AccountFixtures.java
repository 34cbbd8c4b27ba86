package org.pikir.shared;

import java.util.EnumSet;
import org.pikir.account.AccountService;
import org.pikir.account.PikirUser;
import org.pikir.account.RegistrationForm;
import org.pikir.account.Role;
import org.pikir.country.CountryCode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Creates accounts for tests through the real services. */
@Component
public class AccountFixtures {

    public static final String PASSWORD = "test-pass-2026";

    private final AccountService accounts;
    private final UserDetailsService userDetails;

    AccountFixtures(AccountService accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    /** A new verified citizen living in the given country. */
    public PikirUser citizen(String country) {
        return create("citizen", country, EnumSet.of(Role.CITIZEN), null, null, true);
    }

    /** A new citizen whose identity is not verified. */
    public PikirUser unverifiedCitizen(String country) {
        return create("unverified", country, EnumSet.of(Role.CITIZEN), null, null, false);
    }

    /** A new official bound to an agency. */
    public PikirUser official(long agencyId) {
        return create("official", "KZ", EnumSet.of(Role.OFFICIAL), agencyId, null, true);
    }

    /** A new moderator of a country. */
    public PikirUser moderator(CountryCode country) {
        return create("moderator", country.name(), EnumSet.of(Role.MODERATOR), null, country, true);
    }

    /** A new account with exactly these roles. */
    public PikirUser withRoles(EnumSet<Role> roles) {
        return create("user", "KZ", roles, null, null, true);
    }

    /** The principal for an existing account, as sign-in would load it. */
    public PikirUser load(String email) {
        return (PikirUser) userDetails.loadUserByUsername(email);
    }

    private PikirUser create(
            String prefix,
            String country,
            EnumSet<Role> roles,
            Long agencyId,
            CountryCode moderatorCountry,
            boolean verified) {
        String email = TestUsers.uniqueEmail(prefix);
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        try {
            long id = accounts.register(
                    new RegistrationForm(email, PASSWORD, PASSWORD, "Test " + prefix, country, country, "en"));
            TestUsers.signInWithRoles("ADMIN");
            if (!roles.equals(EnumSet.of(Role.CITIZEN))) {
                accounts.assignRoles(id, roles, agencyId, moderatorCountry);
            }
            if (verified) {
                accounts.verify(id, "test fixture");
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(previous);
        }
        return load(email);
    }
}
