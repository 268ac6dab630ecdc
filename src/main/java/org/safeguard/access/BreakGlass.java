package org.safeguard.access;

import java.time.Instant;

/**
 * A record opened in an emergency by someone without access, with their reason. Open until {@code until}
 * (1 hour by default); the owner and a supervisor are told; it stays in the review queue until a supervisor marks it
 * justified or not.
 */
public record BreakGlass(long id, RecordType recordType, long personId, String openedBy, String openedByAgency,
                         String reason, Instant openedAt, Instant until, String ownerTold, String supervisorTold,
                         Review review, String reviewedBy, Instant reviewedAt, String reviewNote, int version) {

    public enum Review { JUSTIFIED, NOT_JUSTIFIED }
}
