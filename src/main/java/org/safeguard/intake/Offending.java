package org.safeguard.intake;

import java.time.Instant;
import java.util.Set;

/**
 * One suspect's part in one domestic abuse incident, for rules that rank perpetrators (the offender
 * module's RFG): one row per incident, suspect and victim (victim null when none was recorded).
 *
 * @param suspectId the suspect's person record (not yet its linked person: the caller groups records)
 * @param offences  the offence groups recorded on the incident; empty for an incident without a crime
 */
public record Offending(long incidentId, long suspectId, Long victimId, Instant receivedAt, String area,
                        Set<OffenceGroup> offences) {

    public Offending {
        offences = offences.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(offences));
    }
}
