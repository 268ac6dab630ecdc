package org.safeguard.identity;

import java.time.Instant;

/**
 * Two records joined as one person, and (once undone) who undid it and why.
 *
 * @param how         AUTOMATIC (score above the upper threshold), REVIEWED (a specialist said same) or BY_HAND
 * @param probability the match probability when scored, or null for a link made by hand
 * @param reasons     why, in words
 */
public record PersonLink(long id, PersonSummary first, PersonSummary second, String how, Double probability,
                         String reasons, String linkedBy, Instant linkedAt, String unlinkedBy, Instant unlinkedAt,
                         String unlinkReason, int version) {

    public boolean live() {
        return unlinkedAt == null;
    }
}
