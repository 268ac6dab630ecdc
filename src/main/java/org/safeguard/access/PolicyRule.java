package org.safeguard.access;

/**
 * One row of the access policy ({@code access/policy.csv}): readers holding {@code role} in an agency of
 * {@code agencyKind} (null: any kind) with {@code relationship} to the person see {@code group} of a
 * {@code recordType} record as {@code visibility}. A reader's visibility is the most open of the rows they match;
 * no row: exists only.
 */
public record PolicyRule(RecordType recordType, FieldGroup group, Role role, AgencyKind agencyKind,
                         Relationship relationship, Visibility visibility) {
}
