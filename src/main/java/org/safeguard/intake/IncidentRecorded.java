package org.safeguard.intake;

import java.time.Instant;
import java.util.List;

/**
 * An incident was recorded. Carries the ids and the few facts a listener needs: whether it is
 * domestic abuse, who the victims, suspects and children are (identity person ids), where and when.
 */
public record IncidentRecorded(long incidentId, Instant receivedAt, boolean domesticAbuse, List<Long> victimIds,
                               List<Long> suspectIds, List<Long> childIds, Long addressId, String area,
                               boolean repeatVictim) {

    public IncidentRecorded {
        victimIds = List.copyOf(victimIds);
        suspectIds = List.copyOf(suspectIds);
        childIds = List.copyOf(childIds);
    }
}
