package org.safeguard.offender;

import java.time.Instant;

/**
 * An order or bail protecting a victim ends within the notice period (3 days by default): the victim's
 * SPOC tells the victim and reviews the risk before the protection lapses. Published once per order.
 *
 * @param perpetratorName the perpetrator's name as recorded, for the SPOC's task, or "the perpetrator" when the
 *                        order involves a member of the organisation's staff (case workers of every agency read it)
 * @param protectedId     the person the order protects, or null when none was named (bail: the perpetrator's
 *                        victims' cases are then the ones told)
 * @param announcedAt     when it was announced: deadlines count from here, however late the event is handled
 */
public record OrderExpiring(long orderId, OrderKind kind, long perpetratorId, String perpetratorName, Long protectedId,
                            Instant endsAt, String reference, Instant announcedAt) {
}
