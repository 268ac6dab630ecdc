package org.safeguard.support;

import java.util.Set;
import java.util.UUID;

import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.Role;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.StaffAccount;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Real staff accounts for tests: the demo sign-ins, or fresh accounts nobody else uses. */
@Component
public class Staff {

    public static final String PASSWORD = "Test-Password-2026";

    private final StaffDirectory directory;
    private final UserDetailsService accounts;

    Staff(StaffDirectory directory, UserDetailsService accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    /** Signed in as the account with this username, exactly as sign-in would load it. */
    public RequestPostProcessor as(String username) {
        UserDetails details = accounts.loadUserByUsername(username);
        return user(details);
    }

    /** A new police account with the role, its username unique to this call. */
    public StaffAccount fresh(Role role) {
        long police = directory.agencyByCode("POLICE").orElseThrow().id();
        String username = "t." + role.name().toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        return directory.createAccount(new NewStaffAccount(username, "Test " + role.label(), null, police, null,
                Set.of(role.name()), PASSWORD));
    }
}
