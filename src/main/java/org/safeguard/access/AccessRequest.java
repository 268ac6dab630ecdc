package org.safeguard.access;

import java.time.Instant;

/**
 * A request to see more of a person's record, sent to its owner (or, when it has none, to the specialist team's
 * supervisors). Granted access lasts until {@code grantedUntil}.
 */
public record AccessRequest(long id, RecordType recordType, long personId, String requestedBy, String requesterAgency,
                            String reason, Instant requestedAt, String sentTo, Status status, String decidedBy,
                            Instant decidedAt, String decisionNote, Instant grantedUntil, int version) {

    public enum Status { PENDING, GRANTED, REFUSED, WITHDRAWN }
}
