package org.pikir.account;

import java.time.Clock;
import java.util.Locale;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links an OIDC sign-in (any standard provider, e.g. a national eID gateway) to a Pikir account: by subject,
 * else by verified e-mail, else a new unverified citizen account. Roles always come from Pikir.
 */
final class OidcAccountLinker implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final UserAccountRepository accounts;
    private final TransactionTemplate tx;
    private final Clock clock;

    OidcAccountLinker(UserAccountRepository accounts, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        String subject = request.getClientRegistration().getRegistrationId() + ":" + oidc.getSubject();
        UserAccount account =
                tx.execute(status -> accounts.findByOidcSubject(subject).orElseGet(() -> linkOrCreate(oidc, subject)));
        if (account == null || !account.isEnabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"));
        }
        return new PikirOidcUser(oidc, new PikirUser(account, false));
    }

    private UserAccount linkOrCreate(OidcUser oidc, String subject) {
        String email = oidc.getEmail();
        if (email == null || !Boolean.TRUE.equals(oidc.getEmailVerified())) {
            throw new OAuth2AuthenticationException(new OAuth2Error("verified_email_required"));
        }
        UserAccount account = accounts.findByEmail(email)
                .orElseGet(() -> new UserAccount(
                        email.toLowerCase(Locale.ROOT),
                        null,
                        displayName(oidc),
                        "KZ",
                        "KZ",
                        UiLanguage.FALLBACK,
                        clock.instant()));
        account.linkOidcSubject(subject);
        return accounts.save(account);
    }

    private static String displayName(OidcUser oidc) {
        String name = oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername();
        return name == null || name.isBlank() ? oidc.getEmail() : name.strip();
    }
}
