package org.safeguard.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An incident was recorded. Carries the ids and the few facts a listener needs: whether it is
 * domestic abuse, who the victims, suspects and children are (identity person ids, with the names as
 * given on the incident in {@code names}), where and when, who recorded it and for which agency.
 *
 * @param grade           the incident's grade
 * @param repeatVictim    whether any of its victims was a repeat victim when it was recorded (the incident's flag)
 * @param repeatVictimIds the victims who were each a repeat victim, by the repeat-victim rule, when it was recorded
 *                        (a victim added later is not among them)
 */
public record IncidentRecorded(long incidentId, String reference, Instant receivedAt, Grade grade, boolean domesticAbuse,
                               List<Long> victimIds, List<Long> suspectIds, List<Long> childIds, Map<Long, String> names,
                               Long addressId, String area, boolean repeatVictim, List<Long> repeatVictimIds,
                               String recordedBy, String agency) {

    public IncidentRecorded {
        repeatVictimIds = List.copyOf(repeatVictimIds);
        victimIds = List.copyOf(victimIds);
        suspectIds = List.copyOf(suspectIds);
        childIds = List.copyOf(childIds);
        names = Map.copyOf(names);
    }
}
