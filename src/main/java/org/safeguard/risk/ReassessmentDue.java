package org.safeguard.risk;

import java.time.Instant;

/** A victim whose risk must be assessed again, and why; open until a new assessment of them is completed. */
public record ReassessmentDue(long id, long victimId, String victimName, long incidentId, String incidentReference,
                              String reason, String owner, Instant requestedAt) {
}
