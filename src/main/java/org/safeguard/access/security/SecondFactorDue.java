package org.safeguard.access.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditActor;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * Password accepted, second factor not yet given. Its principal is not a {@link SignedInStaff}, it holds no
 * authority and it does not count as authenticated, so {@code @PreAuthorize}, {@code SignedInStaff.current()}
 * and the URL rules refuse it everything; {@link SecondFactorFirst} sends it to the step due. Serializable:
 * it is kept in the session in PostgreSQL.
 */
public final class SecondFactorDue extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Awaiting awaiting;

    SecondFactorDue(Awaiting awaiting) {
        super(List.of());
        this.awaiting = awaiting;
        super.setAuthenticated(false);
    }

    /** Who has given their password: enough to name them in the audit log and find their second factor. */
    public record Awaiting(long accountId, String username, String agencyCode) implements AuditActor, Serializable {

        static Awaiting of(SignedInStaff staff) {
            return new Awaiting(staff.accountId(), staff.username(), staff.agencyCode());
        }
    }

    public Awaiting awaiting() {
        return awaiting;
    }

    @Override
    public Object getPrincipal() {
        return awaiting;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return awaiting.username();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a pending sign-in is never authenticated");
        }
        super.setAuthenticated(false);
    }
}
