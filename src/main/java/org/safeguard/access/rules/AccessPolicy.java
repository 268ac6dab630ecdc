package org.safeguard.access.rules;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.access.FieldGroup;
import org.safeguard.access.PolicyRule;
import org.safeguard.access.RecordType;
import org.safeguard.access.Role;
import org.safeguard.access.Visibility;

/**
 * The access policy table: for a record type and a field group, the most open row the reader matches (any of their
 * roles, their agency's kind or any kind, any of their relationships) decides what they see; no row: exists only.
 * The table only opens; {@link RestrictionRules} close after it.
 */
public final class AccessPolicy {

    private final List<PolicyRule> rules;
    private final Map<RecordType, Map<FieldGroup, List<PolicyRule>>> byPlace = new EnumMap<>(RecordType.class);

    public AccessPolicy(List<PolicyRule> rules) {
        this.rules = List.copyOf(rules);
        for (RecordType type : RecordType.values()) {
            Map<FieldGroup, List<PolicyRule>> groups = new EnumMap<>(FieldGroup.class);
            for (FieldGroup group : FieldGroup.values()) {
                groups.put(group, this.rules.stream()
                        .filter(rule -> rule.recordType() == type && rule.group() == group).toList());
            }
            byPlace.put(type, groups);
        }
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    /** What the reader sees of the group of a record of this type, by the table alone. */
    public Visibility visibility(RecordType type, FieldGroup group, Reader reader) {
        Visibility seen = Visibility.EXISTS_ONLY;
        for (PolicyRule rule : byPlace.get(type).get(group)) {
            if (matches(rule, reader)) {
                seen = seen.or(rule.visibility());
            }
        }
        return seen;
    }

    /** What the reader sees of every group of a record of this type, by the table alone. */
    public Map<FieldGroup, Visibility> visibilities(RecordType type, Reader reader) {
        Map<FieldGroup, Visibility> groups = new EnumMap<>(FieldGroup.class);
        for (FieldGroup group : FieldGroup.values()) {
            groups.put(group, visibility(type, group, reader));
        }
        return groups;
    }

    /** The roles with no row at all for the record type: nothing is open to them there, by accident or not. */
    public Set<Role> rolesWithoutRows(RecordType type) {
        Set<Role> missing = EnumSet.allOf(Role.class);
        byPlace.get(type).values().forEach(rows -> rows.forEach(rule -> missing.remove(rule.role())));
        return missing;
    }

    private static boolean matches(PolicyRule rule, Reader reader) {
        return reader.holds(rule.role())
                && (rule.agencyKind() == null || rule.agencyKind() == reader.agencyKind())
                && reader.standsAs(rule.relationship());
    }
}
