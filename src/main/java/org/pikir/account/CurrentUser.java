package org.pikir.account;

import java.util.Optional;
import org.pikir.shared.DomainException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for services that must check ownership or agency binding. Works for password and OIDC
 * sign-ins alike, and in background threads where nobody is signed in (then empty).
 */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The signed-in principal, if any. */
    public Optional<PikirUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof PikirUser user) {
            return Optional.of(user);
        }
        if (auth.getPrincipal() instanceof PikirOidcUser oidc) {
            return Optional.of(oidc.pikirUser());
        }
        return Optional.empty();
    }

    /** The signed-in principal; a domain error when nobody is signed in. */
    public PikirUser require() {
        return get().orElseThrow(() -> new DomainException("error.signInRequired"));
    }

    /** The signed-in person's account as it is in the database now. */
    public Optional<UserAccount> account() {
        return get().flatMap(u -> accounts.findById(u.accountId()));
    }
}
