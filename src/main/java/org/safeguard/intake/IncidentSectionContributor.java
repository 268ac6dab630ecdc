package org.safeguard.intake;

import java.util.Optional;

/**
 * How another module adds a section to an incident's page (risk assessments, the victim's case,
 * referrals) without intake knowing its internals: declare a bean implementing this. It runs as the
 * user viewing the incident, inside the transaction that audits the view; one that fails is shown as
 * "could not be shown" and never breaks the page.
 */
public interface IncidentSectionContributor {

    /** Sections come in this order, smallest first. */
    default int order() {
        return 100;
    }

    /** The section for this incident, or empty when the module has nothing to say about it. */
    Optional<IncidentSection> sectionFor(Incident incident);
}
