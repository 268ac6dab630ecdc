package org.safeguard.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.Role;
import org.safeguard.access.StaffDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One fresh account per role for the security tests, each holding that role alone, in the agency a holder of
 * the role works for: a partner in children's services, an IDVA in the IDVA service, everyone else in the police.
 * Made once per test run and signed in exactly as sign-in would load them.
 */
@Component
class RoleAccounts {

    private static final Map<Role, String> AGENCY = Map.of(Role.PARTNER, "CHILDRENS_SERVICES", Role.IDVA, "IDVA_SERVICE");

    private final StaffDirectory directory;
    private final UserDetailsService accounts;
    private final Map<Role, String> usernames = new EnumMap<>(Role.class);
    private final Map<Role, UserDetails> signedIn = new EnumMap<>(Role.class);

    RoleAccounts(StaffDirectory directory, UserDetailsService accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    synchronized String username(Role role) {
        return usernames.computeIfAbsent(role, this::create);
    }

    synchronized RequestPostProcessor as(Role role) {
        return user(signedIn.computeIfAbsent(role, held -> accounts.loadUserByUsername(username(held))));
    }

    private String create(Role role) {
        long agency = directory.agencyByCode(AGENCY.getOrDefault(role, "POLICE")).orElseThrow().id();
        String username = "sec." + role.name().toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        directory.createAccount(new NewStaffAccount(username, "Security " + role.label(), null, agency, null,
                Set.of(role.name()), "Security-Test-Password-2026"));
        return username;
    }
}
