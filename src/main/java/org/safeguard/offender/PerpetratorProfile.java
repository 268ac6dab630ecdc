package org.safeguard.offender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything known about a perpetrator, across all their linked records and all their victims.
 *
 * @param standing  their place on the priority list, or null when they have no DA offending in the window
 * @param restricted a member of the organisation's own staff (shown only to professional standards and specialists)
 * @param sections  other modules' parts (the victims' cases), each under that module's access rules
 */
public record PerpetratorProfile(long personId, String name, LocalDate dateOfBirth, List<Long> recordIds,
                                 RankedPerpetrator standing, List<IncidentLine> incidents, List<VictimLine> victims,
                                 List<ProtectiveOrder> orders, CustodyEvent custodyStatus, List<CustodyEvent> custodyEvents,
                                 List<ProgrammeReferral> programmes, List<Marker> markers, boolean restricted,
                                 String restrictedReason, List<ProfileSection> sections, List<String> sectionsNotShown) {

    public PerpetratorProfile {
        recordIds = List.copyOf(recordIds);
        incidents = List.copyOf(incidents);
        victims = List.copyOf(victims);
        orders = List.copyOf(orders);
        custodyEvents = List.copyOf(custodyEvents);
        programmes = List.copyOf(programmes);
        markers = List.copyOf(markers);
        sections = List.copyOf(sections);
        sectionsNotShown = List.copyOf(sectionsNotShown);
    }

    /** An incident in which they were a suspect, with its victims' names as given and its offences. */
    public record IncidentLine(long incidentId, String reference, Instant receivedAt, boolean domesticAbuse, String area,
                               List<String> victimNames, List<String> offences) {
    }

    /**
     * A victim of theirs over time: first and latest incident and how many.
     *
     * @param restricted a member of staff: shown as "restricted record" to readers without the role
     */
    public record VictimLine(long victimId, String name, Instant firstIncidentAt, Instant latestIncidentAt, int incidents,
                             boolean restricted) {
    }

    /** A warning marker on any of their records. */
    public record Marker(String kind, String detail) {
    }
}
