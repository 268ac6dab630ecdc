package org.safeguard.identity;

import java.util.List;

/**
 * An existing person record that may be the person described.
 *
 * @param probability the match probability (0–1) from the current linkage model
 * @param reasons     what counts for the match, strongest first
 * @param linked      true when the record is linked to other records as one person
 */
public record PossiblePerson(PersonSummary person, double probability, List<String> reasons, boolean linked) {

    public PossiblePerson {
        reasons = List.copyOf(reasons);
    }
}
