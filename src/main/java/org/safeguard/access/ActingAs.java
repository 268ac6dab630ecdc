package org.safeguard.access;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as a named member of staff outside a web request (benchmarks, commands), so the same
 * access rules and the same audit trail apply as when that person uses a page. The account must exist
 * and be enabled.
 */
@Component
public class ActingAs {

    private final UserDetailsService accounts;

    ActingAs(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T run(String username, Supplier<T> work) {
        SignedInStaff staff = (SignedInStaff) accounts.loadUserByUsername(username);
        if (!staff.isEnabled()) {
            throw new IllegalStateException("Account " + username + " is switched off");
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
