package org.safeguard.access;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.safeguard.audit.AuditActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The member of staff making the current request. Controllers take it as
 * {@code @AuthenticationPrincipal SignedInStaff staff}; the audit log names its user and agency.
 */
public final class SignedInStaff implements UserDetails, CredentialsContainer, AuditActor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final long agencyId;
    private final String agencyCode;
    private final String agencyName;
    private final Long teamId;
    private final String teamName;
    private final Set<Role> roles;
    private final boolean enabled;
    private String passwordHash;

    public SignedInStaff(long accountId, String username, String displayName, long agencyId, String agencyCode,
                         String agencyName, Long teamId, String teamName, Set<Role> roles, boolean enabled,
                         String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.agencyCode = agencyCode;
        this.agencyName = agencyName;
        this.teamId = teamId;
        this.teamName = teamName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    /** The member of staff the current request (or {@link ActingAs} work) runs as; refused when nobody is signed in. */
    public static SignedInStaff current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff signedIn) {
            return signedIn;
        }
        throw new AccessDeniedException("Sign in first");
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long agencyId() {
        return agencyId;
    }

    @Override
    public String agencyCode() {
        return agencyCode;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public Long teamId() {
        return teamId;
    }

    public String getTeamName() {
        return teamName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** The roles' labels in a stable order, for pages. */
    public List<String> getRoleLabels() {
        return roles.stream().sorted().map(Role::label).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().sorted().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInStaff staff && staff.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SignedInStaff[" + username + "]";
    }
}
