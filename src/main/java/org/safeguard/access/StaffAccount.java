package org.safeguard.access;

import java.util.Set;

/** A member of staff's account as an administrator sees it (never with the password hash). */
public record StaffAccount(long id, String username, String displayName, String email, long agencyId,
                           String agencyName, Long teamId, String teamName, Set<Role> roles, boolean enabled,
                           int version) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }
}
