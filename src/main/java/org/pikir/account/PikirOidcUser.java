package org.pikir.account;

import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** An OIDC sign-in linked to a Pikir account, carrying that account's roles. */
final class PikirOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PikirUser pikirUser;

    PikirOidcUser(OidcUser source, PikirUser pikirUser) {
        super(pikirUser.getAuthorities(), source.getIdToken(), source.getUserInfo());
        this.pikirUser = pikirUser;
    }

    PikirUser pikirUser() {
        return pikirUser;
    }
}
