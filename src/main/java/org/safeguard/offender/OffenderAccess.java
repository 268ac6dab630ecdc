package org.safeguard.offender;

import java.util.EnumSet;
import java.util.Set;

import org.safeguard.access.Role;

/**
 * Who may do what with perpetrators' records, in one place (the expressions of {@code @PreAuthorize} on
 * this module's facades). Records of the organisation's own staff are narrower still:
 * {@code rules.StaffRestriction}.
 */
final class OffenderAccess {

    /** Read the priority list, profiles, orders, custody events and programmes. */
    static final String READS = "hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST','PROFESSIONAL_STANDARDS')";
    /** The roles of {@link #READS}, for what is shown rather than refused (a link to a profile). */
    static final Set<Role> READERS = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.DA_SPECIALIST, Role.PROFESSIONAL_STANDARDS);
    /** Record orders, breaches and custody events. */
    static final String RECORDS = "hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST')";
    /** Refer to programmes, choose pathways, review; recompute the list; decide 'right to know' prompts. */
    static final String SPECIALISTS = "hasAnyRole('SUPERVISOR','DA_SPECIALIST')";
    /** Mark a person as a member of the organisation's staff. */
    static final String MARKS_STAFF = "hasAnyRole('DA_SPECIALIST','PROFESSIONAL_STANDARDS')";
    /** Another system's API client importing custody events. */
    static final String IMPORTS = "hasAnyRole('SUPERVISOR','DA_SPECIALIST','ADMIN')";

    private OffenderAccess() {
    }
}
