package org.safeguard.intake;

import java.time.Instant;

/**
 * Filters for the incident list and search; null means "any". {@code to} is exclusive.
 *
 * @param highRisk a weapon or a threat to life reported (the risk intake knows before a DASH assessment)
 */
public record IncidentFilter(Instant from, Instant to, String area, IncidentStatus status, Grade grade,
                             Boolean repeatVictim, Boolean domesticAbuse, Boolean highRisk) {

    public static final IncidentFilter ANY = new IncidentFilter(null, null, null, null, null, null, null, null);
}
