package org.safeguard.risk;

import java.time.Instant;

/**
 * A victim's risk must be assessed again (a dip-sample reviewer judged the level too low). The
 * safeguarding module turns it into a task for the victim's single point of contact.
 */
public record ReassessmentRequested(long reassessmentId, long victimId, long incidentId, long assessmentId,
                                    String owner, String reason, Instant requestedAt) {
}
