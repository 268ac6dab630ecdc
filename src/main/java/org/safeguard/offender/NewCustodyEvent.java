package org.safeguard.offender;

import java.time.Instant;

/**
 * A custody event as typed or imported.
 *
 * @param reference the custody record number or the import's id; a page may leave it blank for one to be made
 */
public record NewCustodyEvent(Long personId, CustodyDecision.Decision decision, Instant decidedAt, String detail,
                              String reference) {
}
