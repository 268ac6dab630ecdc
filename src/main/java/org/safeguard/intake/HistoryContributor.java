package org.safeguard.intake;

import java.util.Optional;

/**
 * How another module adds its section to the history panel (risk level, named SPOC, open MARAC case,
 * live orders and bail) without intake knowing its internals: declare a bean implementing this.
 * It must answer quickly (the panel updates as the operator types) and never throw for missing data;
 * each contribution is also recorded as an intelligence check on the incident.
 */
public interface HistoryContributor {

    /** The check's name, e.g. "Risk", "Named SPOC". */
    String checkName();

    /** The section for what was found, or empty when this module knows nothing about them. */
    Optional<HistorySection> contribute(HistorySubject subject);
}
