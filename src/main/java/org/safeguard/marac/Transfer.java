package org.safeguard.marac;

import java.time.Instant;

/**
 * A case sent to another area's MARAC because the victim moved, waiting for (or accepted by) the receiving
 * coordinator. {@code newCaseId} is the case made in the receiving area on acceptance.
 */
public record Transfer(long id, long caseId, String victimName, long fromAreaId, String fromAreaName, long toAreaId,
                       String toAreaName, String reason, Instant sentAt, String sentBy, Status status,
                       Instant acceptedAt, String acceptedBy, Long newCaseId) {

    public enum Status { SENT, ACCEPTED }
}
