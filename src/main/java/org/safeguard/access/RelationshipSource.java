package org.safeguard.access;

import java.util.List;
import java.util.Set;

/**
 * A module's knowledge of how staff stand to a person (SPI): safeguarding knows the SPOC and their team, referral the
 * IDVA, marac the MARAC circle. {@link RecordAccess} asks every bean of this type; one that throws is treated as
 * giving no relationship (the record stays closed, never opens by accident).
 */
public interface RelationshipSource {

    /** The reader's relationships to the person (the person's linked records included), as this module knows them. */
    Set<Relationship> relationships(long personId, SignedInStaff reader);

    /** The agencies working with the person, as this module knows them; an owner among them receives access requests. */
    List<WorkingAgency> workingWith(long personId);
}
