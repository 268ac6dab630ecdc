package org.safeguard.audit;

/**
 * Who the audit log says did something. The signed-in user's principal implements this, so the
 * log can name the user and their agency without knowing how sign-in works.
 */
public interface AuditActor {

    String username();

    /** The code of the user's agency, or null for the system itself. */
    String agencyCode();

    /** The service acting on its own account: start-up, demo data, scheduled work. */
    AuditActor SYSTEM = new Named("system", null);

    static AuditActor named(String username, String agencyCode) {
        return new Named(username, agencyCode);
    }

    record Named(String username, String agencyCode) implements AuditActor {
    }
}
