package org.pikir.shared;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Runs test code as a given person (or as an anonymous system actor with roles). */
public final class TestUsers {

    private TestUsers() {}

    /** Authenticates the current thread as this principal (typically a PikirUser loaded by e-mail). */
    public static Authentication signIn(UserDetails user) {
        Authentication auth = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    /** Authenticates as a system actor with the given roles (no account behind it). */
    public static Authentication signInWithRoles(String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        Authentication auth = new UsernamePasswordAuthenticationToken("system", null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs code as a principal and restores the previous authentication. */
    public static <T> T as(UserDetails user, Supplier<T> action) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        signIn(user);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** A unique e-mail address for a test account. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.pikir";
    }
}
