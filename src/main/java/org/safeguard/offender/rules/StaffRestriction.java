package org.safeguard.offender.rules;

import java.util.Set;

import org.safeguard.access.Role;

/**
 * Records involving the organisation's own staff, as perpetrator or victim (Bedfordshire's strategy): only
 * professional standards and the domestic abuse specialist team see who they are. Everyone else sees that a
 * restricted record exists, never its name or details.
 */
public final class StaffRestriction {

    private static final Set<String> MAY_SEE = Set.of(Role.PROFESSIONAL_STANDARDS.name(), Role.DA_SPECIALIST.name());

    private StaffRestriction() {
    }

    /** Whether a reader holding these roles sees staff-involved records in full. */
    public static boolean maySee(Set<Role> readerRoles) {
        return readerRoles.stream().anyMatch(r -> MAY_SEE.contains(r.name()));
    }
}
