package org.safeguard.intake;

import java.time.Instant;
import java.util.List;

/**
 * An offence was recorded on an incident after it was saved (offences given with the incident travel
 * in {@link IncidentRecorded}'s incident and need no event of their own). Listeners re-weigh the
 * incident's suspects.
 */
public record OffenceRecorded(long incidentId, OffenceGroup offence, List<Long> suspectIds, Instant recordedAt,
                              String recordedBy) {

    public OffenceRecorded {
        suspectIds = List.copyOf(suspectIds);
    }
}
