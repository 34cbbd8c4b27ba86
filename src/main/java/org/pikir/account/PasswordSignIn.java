package org.pikir.account;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password sign-in that tells nobody whether an account exists: a wrong password, an unknown address, a disabled
 * account and a throttled attempt all end in the same {@link BadCredentialsException} (so the same message), and
 * each costs exactly one password-hash check (against a dummy hash where there is no account or the attempt is
 * not checked), so they also take the same time. Attempts are throttled per account and per client address
 * ({@link LoginThrottle}; the address is Tomcat's, i.e. the client's behind a trusted proxy); the owner of an account
 * with repeated failures is told once per window ({@link RepeatedSignInFailures}).
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final int notifyAfter;
    private volatile String dummyHash;

    PasswordSignIn(
            AccountUserDetailsService userDetails,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            UserAccountRepository accounts,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            @Value("${pikir.security.login.notify-after:5}") int notifyAfter) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
        dao.setPasswordEncoder(encoder);
        // A disabled account is refused only after its password was checked, like any other failure.
        dao.setPreAuthenticationChecks(user -> {});
        dao.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.passwords = dao;
        this.encoder = encoder;
        this.throttle = throttle;
        this.accounts = accounts;
        this.events = events;
        this.tx = tx;
        this.notifyAfter = notifyAfter;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = LoginThrottle.email(authentication.getName());
        String client =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration wait = throttle.wait(email, client);
        if (!wait.isZero()) {
            // not checked, but as costly as a check
            encoder.matches(String.valueOf(authentication.getCredentials()), dummyHash());
            throw new BadCredentialsException("sign-in failed");
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            throw e; // the database is down: not the caller's failure
        } catch (AuthenticationException e) {
            int failures = throttle.recordFailure(email, client);
            if (failures >= notifyAfter) {
                tellOwner(email, failures);
            }
            throw new BadCredentialsException("sign-in failed");
        }
        throttle.recordSuccess(email, client);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void tellOwner(String email, int failures) {
        if (!throttle.claimOwnerNotice(email)) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> accounts.findByEmail(email)
                    .filter(a -> a.getPasswordHash() != null)
                    .ifPresent(a -> events.publishEvent(new RepeatedSignInFailures(a.getId(), failures))));
        } catch (RuntimeException e) {
            log.warn("Could not tell an account's owner of repeated sign-in failures: {}", e.getMessage());
        }
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = encoder.encode("not-a-password-" + System.nanoTime());
            dummyHash = hash;
        }
        return hash;
    }
}
