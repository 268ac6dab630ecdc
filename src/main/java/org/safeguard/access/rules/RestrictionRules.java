package org.safeguard.access.rules;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.safeguard.access.FieldGroup;
import org.safeguard.access.Purpose;
import org.safeguard.access.Relationship;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.access.Visibility;

/**
 * The hard rules that close a person's records after the policy table, which cannot open them again:
 * <ul>
 * <li>staff involved: only professional standards and domestic abuse specialists see anything; no break-glass;</li>
 * <li>restricted by a specialist: only the victim's SPOC and IDVA, those named, granted or breaking the glass, the
 * MARAC circle and domestic abuse specialists see anything;</li>
 * <li>confidential address: the current address only for the SPOC, the IDVA and those named, and never printed or
 * exported, whoever reads.</li>
 * </ul>
 */
public final class RestrictionRules {

    private static final Set<Role> SEE_STAFF_INVOLVED = EnumSet.of(Role.PROFESSIONAL_STANDARDS, Role.DA_SPECIALIST);
    private static final Set<Relationship> SEE_RESTRICTED_VICTIM = EnumSet.of(Relationship.SPOC, Relationship.IDVA,
            Relationship.NAMED, Relationship.GRANTED, Relationship.BREAK_GLASS, Relationship.MARAC_ATTENDEE);
    private static final Set<Relationship> SEE_CONFIDENTIAL_ADDRESS = EnumSet.of(Relationship.SPOC, Relationship.IDVA,
            Relationship.NAMED);
    /** Roles that work with figures or accounts, never with people: they have no emergency to break the glass for. */
    private static final Set<Role> NO_CASEWORK = EnumSet.of(Role.ANALYST, Role.ADMIN);

    private static final Set<Role> SPOC_CAPABLE = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.DA_SPECIALIST,
            Role.IDVA);
    private static final Set<Role> RECORD_ADDRESSES = EnumSet.of(Role.CALL_HANDLER, Role.OFFICER, Role.SUPERVISOR,
            Role.DA_SPECIALIST, Role.IDVA, Role.MARAC_COORDINATOR);

    private RestrictionRules() {
    }

    /** The table's visibilities, closed by the restrictions in force for this reader and purpose. */
    public static Map<FieldGroup, Visibility> apply(Map<FieldGroup, Visibility> fromTable, Set<Restriction> restrictions,
                                                    Reader reader, Purpose purpose) {
        Map<FieldGroup, Visibility> groups = new EnumMap<>(fromTable);
        if (restrictions.contains(Restriction.STAFF_INVOLVED)
                && reader.roles().stream().noneMatch(SEE_STAFF_INVOLVED::contains)) {
            closeAll(groups);
        }
        if (restrictions.contains(Restriction.RESTRICTED_VICTIM)
                && reader.relationships().stream().noneMatch(SEE_RESTRICTED_VICTIM::contains)
                && !reader.holds(Role.DA_SPECIALIST)) {
            closeAll(groups);
        }
        if (restrictions.contains(Restriction.CONFIDENTIAL_ADDRESS)
                && (purpose != Purpose.SCREEN
                || reader.relationships().stream().noneMatch(SEE_CONFIDENTIAL_ADDRESS::contains))) {
            groups.put(FieldGroup.CURRENT_ADDRESS, Visibility.EXISTS_ONLY);
        }
        return groups;
    }

    /** Whether the reader may open the record in an emergency: never a staff-involved record, never for figures work. */
    public static boolean mayBreakGlass(Set<Restriction> restrictions, Set<Role> roles) {
        return !restrictions.contains(Restriction.STAFF_INVOLVED) && !NO_CASEWORK.containsAll(roles) && !roles.isEmpty();
    }

    /**
     * Whether the reader may place a restriction of this kind on a person's records. Marking an address confidential
     * only closes, so anyone who records addresses may (identity marks it when a refuge address is recorded).
     */
    public static boolean mayRestrict(Restriction kind, Set<Role> roles, boolean refugeProvider) {
        if (kind == Restriction.CONFIDENTIAL_ADDRESS && roles.stream().anyMatch(RECORD_ADDRESSES::contains)) {
            return true;
        }
        return mayLift(kind, roles, refugeProvider);
    }

    /**
     * Whether the reader may lift a restriction of this kind: a specialist's restriction by a specialist, staff
     * involved by professional standards or a specialist, a confidential address by a role that can be the victim's
     * SPOC or IDVA (or a refuge provider's worker).
     */
    public static boolean mayLift(Restriction kind, Set<Role> roles, boolean refugeProvider) {
        return switch (kind) {
            case RESTRICTED_VICTIM -> roles.contains(Role.DA_SPECIALIST);
            case STAFF_INVOLVED -> roles.stream().anyMatch(SEE_STAFF_INVOLVED::contains);
            case CONFIDENTIAL_ADDRESS -> roles.stream().anyMatch(SPOC_CAPABLE::contains)
                    || roles.contains(Role.PARTNER) && refugeProvider;
        };
    }

    private static void closeAll(Map<FieldGroup, Visibility> groups) {
        groups.replaceAll((group, visibility) -> Visibility.EXISTS_ONLY);
    }
}
