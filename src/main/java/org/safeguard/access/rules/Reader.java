package org.safeguard.access.rules;

import java.util.EnumSet;
import java.util.Set;

import org.safeguard.access.AgencyKind;
import org.safeguard.access.Relationship;
import org.safeguard.access.Role;

/**
 * Who is reading, as the access policy sees them: their roles, their agency's kind and how they stand to the person.
 * {@link Relationship#NONE} is always among the relationships.
 */
public record Reader(Set<Role> roles, AgencyKind agencyKind, Set<Relationship> relationships) {

    public Reader {
        roles = Set.copyOf(roles);
        EnumSet<Relationship> all = EnumSet.of(Relationship.NONE);
        all.addAll(relationships);
        relationships = Set.copyOf(all);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public boolean standsAs(Relationship relationship) {
        return relationships.contains(relationship);
    }

    /** The same reader without the relationships that last only for a time (a grant, a break-glass). */
    public Reader withoutTemporaryAccess() {
        EnumSet<Relationship> lasting = EnumSet.copyOf(relationships);
        lasting.remove(Relationship.GRANTED);
        lasting.remove(Relationship.BREAK_GLASS);
        return new Reader(roles, agencyKind, lasting);
    }
}
