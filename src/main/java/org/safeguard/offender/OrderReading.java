package org.safeguard.offender;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.access.SignedInStaff;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.offender.rules.StaffRestriction;
import org.safeguard.offender.store.OrderStore;
import org.safeguard.offender.store.OrderStore.StoredOrder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Orders as readers see them: with the people's names, conditions and breaches, and — for an order involving a
 * member of the organisation's staff, read by someone {@link StaffRestriction} does not allow — with no names or
 * details at all.
 */
@Component
class OrderReading {

    static final String RESTRICTED = "Restricted record";

    private final OrderStore orders;
    private final ReadableRecords readable;
    private final PersonRecords people;

    OrderReading(OrderStore orders, ReadableRecords readable, PersonRecords people) {
        this.orders = orders;
        this.readable = readable;
        this.people = people;
    }

    /** The orders in full; with {@code mask}, those involving staff shown as restricted to readers who may not see them. */
    List<ProtectiveOrder> assemble(List<StoredOrder> stored, boolean mask) {
        if (stored.isEmpty()) {
            return List.of();
        }
        List<Long> ids = stored.stream().map(StoredOrder::id).toList();
        Map<Long, List<ProtectiveOrder.Condition>> conditions = orders.conditions(ids);
        Map<Long, List<ProtectiveOrder.Breach>> breaches = orders.breaches(ids);
        Set<Long> personIds = new HashSet<>();
        stored.forEach(o -> {
            personIds.add(o.perpetratorId());
            if (o.protectedId() != null) {
                personIds.add(o.protectedId());
            }
        });
        Map<Long, String> names = names(personIds);
        Set<Long> hidden = mask ? readable.restrictedAmong(personIds) : Set.of();
        return stored.stream().map(o -> {
            boolean restricted = hidden.contains(o.perpetratorId()) || (o.protectedId() != null && hidden.contains(o.protectedId()));
            return new ProtectiveOrder(o.id(), o.kind(), o.perpetratorId(),
                    restricted ? RESTRICTED : names.get(o.perpetratorId()), o.protectedId(),
                    o.protectedId() == null ? null : restricted ? RESTRICTED : names.get(o.protectedId()),
                    o.incidentId(), o.incidentReference(), restricted ? null : o.reference(), o.startsAt(), o.endsAt(),
                    restricted ? List.of() : conditions.getOrDefault(o.id(), List.of()), o.endedEarlyAt(),
                    restricted ? null : o.endedEarlyReason(), restricted ? List.of() : breaches.getOrDefault(o.id(), List.of()),
                    o.recordedBy(), o.version());
        }).toList();
    }

    /** Refuses a reader who may not see an order involving a member of staff. */
    void refuseIfRestricted(StoredOrder order) {
        Set<Long> involved = new HashSet<>();
        involved.add(order.perpetratorId());
        if (order.protectedId() != null) {
            involved.add(order.protectedId());
        }
        if (!readable.restrictedAmong(involved).isEmpty()) {
            throw new AccessDeniedException("This order involves a member of staff: only professional standards and "
                    + "the domestic abuse specialists may see it");
        }
    }

    /** Each record's name as recorded; records not found are missing. */
    Map<Long, String> names(Collection<Long> personIds) {
        return personIds.isEmpty() ? Map.of() : people.people(Set.copyOf(personIds)).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName, (a, b) -> a));
    }

    static String signedInUsername() {
        return SignedInStaff.current().username();
    }
}
