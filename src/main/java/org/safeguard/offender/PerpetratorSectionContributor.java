package org.safeguard.offender;

import java.util.Optional;
import java.util.Set;

/**
 * How another module adds a section to a perpetrator's profile without this module knowing it: declare a
 * bean implementing this. It runs as the user viewing the profile, inside the transaction that audits the
 * view, and decides itself what that user may see of its records; one that fails is shown as "could not
 * be shown" and never breaks the profile.
 */
public interface PerpetratorSectionContributor {

    /** Sections come in this order, smallest first. */
    default int order() {
        return 100;
    }

    /** What the section is called, for the line saying it could not be shown when it fails. */
    default String title() {
        return "A section from another part of the service";
    }

    /**
     * The section for this perpetrator, or empty when the module has nothing to say.
     *
     * @param recordIds every person record of the perpetrator (linked records included)
     * @param victimIds every person record that was a victim of theirs in a domestic abuse incident
     */
    Optional<ProfileSection> sectionFor(long personId, Set<Long> recordIds, Set<Long> victimIds);
}
