package org.safeguard.intake;

import java.util.Set;

/** Whom and what a history lookup found: person ids and address ids (identity), incident ids. */
public record HistorySubject(Set<Long> personIds, Set<Long> addressIds, Set<Long> incidentIds) {

    public HistorySubject {
        personIds = Set.copyOf(personIds);
        addressIds = Set.copyOf(addressIds);
        incidentIds = Set.copyOf(incidentIds);
    }

    public boolean isEmpty() {
        return personIds.isEmpty() && addressIds.isEmpty() && incidentIds.isEmpty();
    }
}
