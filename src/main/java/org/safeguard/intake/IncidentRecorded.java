package org.safeguard.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An incident was recorded. Carries the ids and the few facts a listener needs: whether it is
 * domestic abuse, who the victims, suspects and children are (identity person ids, with the names as
 * given on the incident in {@code names}), where and when, who recorded it and for which agency.
 */
public record IncidentRecorded(long incidentId, String reference, Instant receivedAt, boolean domesticAbuse,
                               List<Long> victimIds, List<Long> suspectIds, List<Long> childIds, Map<Long, String> names,
                               Long addressId, String area, boolean repeatVictim, String recordedBy, String agency) {

    public IncidentRecorded {
        victimIds = List.copyOf(victimIds);
        suspectIds = List.copyOf(suspectIds);
        childIds = List.copyOf(childIds);
        names = Map.copyOf(names);
    }
}
