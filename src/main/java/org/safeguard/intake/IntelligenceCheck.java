package org.safeguard.intake;

import java.time.Instant;

/**
 * A check that ran on the incident's people, phone or address, recorded so the attending officer
 * knows what was looked at and what was found (HMIC found 80% of incident logs had no record of it).
 *
 * @param kind      what was checked: "Phone", "Address", "Person", or a contributing module's check
 * @param ranFor    the user on whose behalf the system ran it
 * @param completed false when the check could not run; the officer view offers to run it again
 */
public record IntelligenceCheck(String kind, String subject, Instant ranAt, String ranFor, int found, String summary,
                                boolean completed) {
}
