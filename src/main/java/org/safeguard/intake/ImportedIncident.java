package org.safeguard.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An incident from another system (or the demo generator), already checked there, whose parties are
 * already person records. It is domestic abuse when both qualifying questions were answered yes.
 *
 * @param callerPhone as typed; compared digits-only, as a recorded incident's is
 * @param addressId   the identity address the location resolved to, or null when it did not
 * @param childAges   ages of the children at the time, youngest or oldest first as recorded
 * @param closedAt    when it was closed, or null while it is open
 * @param offences    the offences recorded on it (none for an incident without a crime)
 */
public record ImportedIncident(Instant receivedAt, Channel channel, String callerName, String callerPhone,
                               String location, Long addressId, Relationship relationship, Boolean bothAged16OrOver,
                               Boolean personallyConnected, int childrenPresent, int childrenLiving,
                               List<Integer> childAges, boolean weapon, boolean injury, boolean threatToLife,
                               Grade grade, String summary, String recordedBy, Instant closedAt, String closedBy,
                               List<Party> parties, List<OffenceGroup> offences) {

    public ImportedIncident {
        offences = offences == null ? List.of() : List.copyOf(offences);
        childAges = childAges == null ? List.of() : List.copyOf(childAges);
        parties = List.copyOf(parties);
        if (closedAt != null && closedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("An incident cannot be closed before it was received");
        }
        if (parties.stream().noneMatch(p -> p.role() == PartyRole.VICTIM)) {
            throw new IllegalArgumentException("An incident needs at least one victim");
        }
    }

    public boolean domesticAbuse() {
        return Boolean.TRUE.equals(bothAged16OrOver) && Boolean.TRUE.equals(personallyConnected);
    }

    /** A person record in the incident, with the name and details as they were given at the time. */
    public record Party(long personId, PartyRole role, String name, LocalDate dateOfBirth, String phone) {
    }
}
