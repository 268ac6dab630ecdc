package org.safeguard.intake;

import java.time.Instant;

/** An incident was closed, by whom and when. */
public record IncidentClosed(long incidentId, Instant closedAt, String closedBy) {
}
