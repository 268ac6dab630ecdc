package org.safeguard.marac;

import java.time.Instant;

/** What one agency holds about the victim, the children and the perpetrator, returned before the meeting. */
public record Research(long caseId, String agencyCode, boolean holdsInformation, String aboutVictim,
                       String aboutChildren, String aboutPerpetrator, String returnedBy, Instant returnedAt,
                       int version) {
}
