package org.safeguard.audit;

import java.time.Instant;

/**
 * The result of walking the whole hash chain.
 *
 * @param intact          true when every row follows the one before and still has the content it was written with
 * @param rowsChecked     rows read before the walk ended
 * @param firstBrokenSeq  the sequence number of the first row that fails, or null when intact
 * @param problem         what is wrong at that row, in words; null when intact
 * @param checkedAt       when the walk ran
 */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBrokenSeq, String problem,
                                Instant checkedAt) {
}
