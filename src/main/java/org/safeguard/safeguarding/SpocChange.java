package org.safeguard.safeguarding;

import java.time.Instant;

/** A change of SPOC: from whom (null when the case opened), to whom, who changed it, when, why and the handover note. */
public record SpocChange(long id, String fromUsername, String toUsername, String toName, String changedBy,
                         Instant changedAt, String reason, String handoverNote, boolean automatic) {
}
