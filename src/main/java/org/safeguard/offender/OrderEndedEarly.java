package org.safeguard.offender;

import java.time.Instant;

/**
 * An order or bail was ended before its end (discharged, withdrawn, varied): the protection stopped at once, so
 * the victim's SPOC tells the victim and reviews the risk. The reason is not carried: it may hold detail the
 * victim's case workers should not read.
 *
 * @param perpetratorName the perpetrator's name for the SPOC's task, or "the perpetrator" when the order involves
 *                        a member of the organisation's staff
 * @param protectedId     the person the order protected, or null when none was named (bail: the perpetrator's
 *                        victims' cases are then the ones told)
 * @param endedAt         when it ended: deadlines count from here, however late the event is handled
 */
public record OrderEndedEarly(long orderId, OrderKind kind, long perpetratorId, String perpetratorName, Long protectedId,
                              Instant endedAt, String reference) {
}
