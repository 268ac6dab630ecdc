package org.safeguard.offender;

import java.time.Instant;
import java.util.List;

/** An order or bail as typed or imported; checked by {@link Orders#record}. */
public record NewOrder(OrderKind kind, Long perpetratorId, Long protectedId, String incidentReference, String reference,
                       Instant startsAt, Instant endsAt, List<ProtectiveOrder.Condition> conditions) {

    public NewOrder {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
