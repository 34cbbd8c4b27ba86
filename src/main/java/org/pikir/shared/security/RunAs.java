package org.pikir.shared.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Runs work with another authentication on the current thread and restores the previous one afterwards, for
 * code with no signed-in person (demo data, command-line jobs) that goes through the services' role checks.
 */
public final class RunAs {

    private RunAs() {}

    /** The system, with the given roles (without the {@code ROLE_} prefix). */
    public static Authentication system(String... roles) {
        String[] authorities = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            authorities[i] = "ROLE_" + roles[i];
        }
        return new UsernamePasswordAuthenticationToken("system", null, AuthorityUtils.createAuthorityList(authorities));
    }

    /** A signed-in user with their own authorities. */
    public static Authentication user(UserDetails user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    public static <T> T as(Authentication authentication, Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        context.setAuthentication(authentication);
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    public static void run(Authentication authentication, Runnable action) {
        as(authentication, () -> {
            action.run();
            return null;
        });
    }
}
