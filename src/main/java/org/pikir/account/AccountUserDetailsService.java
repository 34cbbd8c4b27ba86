package org.pikir.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for password sign-in ({@link PasswordSignIn} throttles and checks the attempts). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        UserAccount account = accounts.findByEmail(email == null ? "" : email.strip())
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return new PikirUser(account, false);
    }
}
