package org.safeguard.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the signed-in reader may see of one person's record, read as one record type for one purpose: a visibility
 * per field group, with the relationships and restrictions it was decided from.
 *
 * @param recordType    the kind of page
 * @param personId      the person the record is about
 * @param purpose       screen, print or export
 * @param groups        a visibility for every field group
 * @param relationships the reader's relationships to the person ({@link Relationship#NONE} always among them)
 * @param restrictions  the restrictions in force on the person (any linked record)
 * @param accessUntil   when a grant or break-glass the decision rests on ends; empty when it rests on neither
 * @param workingWith   the agencies working with the person, shown on a locked-down record
 * @param mayBreakGlass whether the reader may open the record in an emergency (never for staff-involved records)
 */
public record AccessDecision(RecordType recordType, long personId, Purpose purpose, Map<FieldGroup, Visibility> groups,
                             Set<Relationship> relationships, Set<Restriction> restrictions,
                             Optional<Instant> accessUntil, List<WorkingAgency> workingWith, boolean mayBreakGlass) {

    public AccessDecision {
        if (!groups.keySet().containsAll(EnumSet.allOf(FieldGroup.class))) {
            throw new IllegalArgumentException("a decision names every field group");
        }
        groups = Map.copyOf(groups);
        relationships = Set.copyOf(relationships);
        restrictions = Set.copyOf(restrictions);
        workingWith = List.copyOf(workingWith);
    }

    public Visibility of(FieldGroup group) {
        return groups.get(group);
    }

    /** Whether the group is shown in full. */
    public boolean sees(FieldGroup group) {
        return of(group) == Visibility.SEEN;
    }

    /** Whether the group is shown shortened. */
    public boolean redacted(FieldGroup group) {
        return of(group) == Visibility.REDACTED;
    }

    /** Whether the reader sees only that the record exists (its identity is closed to them). */
    public boolean locked() {
        return of(FieldGroup.IDENTITY) == Visibility.EXISTS_ONLY;
    }

    public boolean restricted(Restriction restriction) {
        return restrictions.contains(restriction);
    }

    /** The worker access requests go to, when one owns the record. */
    public Optional<String> owner() {
        return workingWith.stream().filter(WorkingAgency::owner).map(WorkingAgency::username).findFirst();
    }
}
