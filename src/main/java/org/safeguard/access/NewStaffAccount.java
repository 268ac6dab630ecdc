package org.safeguard.access;

import java.util.Set;

/**
 * What an administrator types to create a staff account. Role names are those of {@link Role};
 * the initial password is given to the person by the administrator.
 */
public record NewStaffAccount(String username, String displayName, String email, Long agencyId, Long teamId,
                              Set<String> roles, String password) {

    public NewStaffAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
