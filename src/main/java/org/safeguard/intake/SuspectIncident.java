package org.safeguard.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An incident in which one of a person's records is a suspect, with its victims as recorded and its offences:
 * for the offender module's perpetrator profile and its 'right to know' prompts.
 *
 * @param relationship how victim and suspect are connected; null when not recorded
 */
public record SuspectIncident(long incidentId, String reference, Instant receivedAt, boolean domesticAbuse, String area,
                              Relationship relationship, List<Incident.Party> victims, Set<OffenceGroup> offences) {

    public SuspectIncident {
        victims = List.copyOf(victims);
        offences = Set.copyOf(offences);
    }
}
