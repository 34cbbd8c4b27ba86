package org.pikir.account;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import org.pikir.country.CountryCode;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person as Spring Security sees them: a snapshot taken at sign-in. Services that depend on
 * state an admin may change meanwhile (verification) read the account again.
 */
public final class PikirUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String displayName;
    private final Long agencyId;
    private final CountryCode moderatorCountry;

    PikirUser(UserAccount account, boolean locked) {
        super(
                account.getEmail(),
                account.getPasswordHash() == null ? "" : account.getPasswordHash(),
                account.isEnabled(),
                true,
                true,
                !locked,
                authorities(account.getRoles()));
        this.accountId = account.getId();
        this.displayName = account.getDisplayName();
        this.agencyId = account.getAgencyId();
        this.moderatorCountry = account.getModeratorCountry();
    }

    static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Long agencyId() {
        return agencyId;
    }

    public CountryCode moderatorCountry() {
        return moderatorCountry;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PikirUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }
}
