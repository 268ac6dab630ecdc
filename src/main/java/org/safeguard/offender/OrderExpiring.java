package org.safeguard.offender;

import java.time.Instant;

/**
 * An order or bail protecting a victim ends within the notice period (3 days by default): the victim's
 * SPOC tells the victim and reviews the risk before the protection lapses. Published once per order.
 *
 * @param protectedId the person the order protects, or null when none was named (the perpetrator's
 *                    victims' cases are then the ones told)
 */
public record OrderExpiring(long orderId, OrderKind kind, long perpetratorId, Long protectedId, Instant endsAt,
                            String reference) {
}
