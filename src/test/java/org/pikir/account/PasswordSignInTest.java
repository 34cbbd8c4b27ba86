package org.pikir.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.MutableClock;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password sign-in tells nobody whether an account exists (one answer and one hash check for every failure) and
 * throttles with growing delays keyed by account and client address, never a lock a stranger can set on the owner.
 */
@IntegrationTest
class PasswordSignInTest {

    @Autowired
    PasswordSignIn signIn;

    @Autowired
    AccountUserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    GreenMail greenMail;

    @AfterEach
    void resetClock() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void wrongPasswordUnknownAccountDisabledAccountAndThrottledAttemptFailAlikeWithOneHashCheckEach() {
        CountingEncoder counting = new CountingEncoder(encoder);
        PasswordSignIn counted = new PasswordSignIn(userDetails, counting, throttle, accounts, events, tx, 1_000);
        String known = fixtures.citizen("KZ").getUsername();
        String disabled = fixtures.citizen("KZ").getUsername();
        jdbc.update("update user_account set enabled = false where lower(email) = lower(?)", disabled);
        String unknown = "nobody-" + UUID.randomUUID() + "@pikir.test";

        String wrongPassword = failure(counted, counting, known, "wrong-password-1", address());
        String unknownAccount = failure(counted, counting, unknown, "wrong-password-1", address());
        String disabledRightPassword = failure(counted, counting, disabled, AccountFixtures.PASSWORD, address());
        String client = address();
        for (int i = 0; i < 5; i++) {
            failure(counted, counting, known, "wrong-password-" + i, client);
        }
        for (int i = 5; i < 8; i++) { // each past the allowance doubles the pause: 1 s, 2 s, 4 s, then 8 s
            clock.advance(throttle.wait(known, client).plusMillis(1));
            failure(counted, counting, known, "wrong-password-" + i, client);
        }
        assertThat(throttle.wait(known, client)).isGreaterThan(Duration.ofSeconds(4));
        // the right password, not checked while the pair waits: the same answer at the same cost
        String throttled = failure(counted, counting, known, AccountFixtures.PASSWORD, client);

        assertThat(unknownAccount).isEqualTo(wrongPassword);
        assertThat(disabledRightPassword).isEqualTo(wrongPassword);
        assertThat(throttled).isEqualTo(wrongPassword);
    }

    @Test
    void delaysGrowForOneAddressWhileTheOwnerSignsInFromAnother() {
        String owner = fixtures.citizen("KZ").getUsername();
        String stranger = address();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(token(owner, "guess-" + UUID.randomUUID(), stranger)))
                    .isInstanceOf(BadCredentialsException.class);
            assertThat(throttle.wait(owner, stranger))
                    .as("within the allowance")
                    .isZero();
        }
        assertThatThrownBy(() -> signIn.authenticate(token(owner, "guess-5", stranger)))
                .isInstanceOf(BadCredentialsException.class);
        Duration first = throttle.wait(owner, stranger);
        assertThat(first).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));

        // the owner elsewhere is not held up by the stranger's guesses
        Authentication signedIn = signIn.authenticate(token(owner, AccountFixtures.PASSWORD, address()));
        assertThat(signedIn.isAuthenticated()).isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> signIn.authenticate(token(owner, "guess-6", stranger)))
                .isInstanceOf(BadCredentialsException.class);
        Duration second = throttle.wait(owner, stranger);
        assertThat(second).isGreaterThan(first).isLessThanOrEqualTo(Duration.ofSeconds(2));
        for (int i = 7; i < 30; i++) {
            clock.advance(Duration.ofMinutes(16));
            String guess = "guess-" + i;
            assertThatThrownBy(() -> signIn.authenticate(token(owner, guess, stranger)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(throttle.wait(owner, stranger)).as("capped").isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void guessesFromManyAddressesDelayTheAccountOnlyBrieflyAndItsOwnerIsToldOnce() {
        var citizen = fixtures.citizen("KZ");
        String owner = citizen.getUsername();
        for (int i = 0; i < 40; i++) {
            String from = address();
            assertThatThrownBy(() -> signIn.authenticate(token(owner, "spray-" + UUID.randomUUID(), from)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        String ownersAddress = address();
        assertThat(jdbc.queryForObject(
                        "select failures from login_throttle where throttle_key = ?",
                        Integer.class,
                        "account:" + owner.toLowerCase()))
                .as("counted up to the account's allowance, then slowed down")
                .isGreaterThanOrEqualTo(20);
        assertThat(throttle.wait(owner, ownersAddress)).isLessThanOrEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn.authenticate(token(owner, AccountFixtures.PASSWORD, ownersAddress))
                        .isAuthenticated())
                .isTrue();

        // one notice (in the app and by mail) for the 40 failures, not one per failure
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from notification where account_id = ? and subject_key = ?",
                                Integer.class,
                                citizen.accountId(),
                                "notification.signInFailures.subject")
                        == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(owner) == 1);
        assertThat(throttle.claimOwnerNotice(owner))
                .as("already told within this window")
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where account_id = ? and subject_key = ?",
                        Integer.class,
                        citizen.accountId(),
                        "notification.signInFailures.subject"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select args from notification where account_id = ? and subject_key = ?",
                        String.class,
                        citizen.accountId(),
                        "notification.signInFailures.subject"))
                .isEqualTo("5");
    }

    @Test
    void unknownAddressesAreCountedLikeKnownOnes() {
        String unknown = "nobody-" + UUID.randomUUID() + "@pikir.test";
        String client = address();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(token(unknown, "guess", client)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(throttle.wait(unknown, client)).isPositive();
        assertThat(jdbc.queryForObject(
                        "select failures from login_throttle where throttle_key = ?",
                        Integer.class,
                        "account:" + unknown.toLowerCase()))
                .isEqualTo(5);
    }

    private long mailsTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equalsIgnoreCase(email);
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .count();
    }

    /** Fails one sign-in and returns its message, after checking it cost exactly one password-hash check. */
    private static String failure(
            PasswordSignIn signIn, CountingEncoder counting, String email, String password, String client) {
        counting.matches.set(0);
        try {
            signIn.authenticate(token(email, password, client));
        } catch (BadCredentialsException e) {
            assertThat(counting.matches.get()).as("hash checks for %s", email).isEqualTo(1);
            return e.getClass().getName() + ": " + e.getMessage();
        }
        throw new AssertionError("signed in as " + email);
    }

    private static UsernamePasswordAuthenticationToken token(String email, String password, String client) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
        return token;
    }

    private static int next = 1;

    private static synchronized String address() {
        String address = "198.18." + (next / 250) + "." + (next % 250 + 1);
        next++;
        return address + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final class CountingEncoder implements PasswordEncoder {

        final AtomicInteger matches = new AtomicInteger();
        private final PasswordEncoder delegate;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }
}
