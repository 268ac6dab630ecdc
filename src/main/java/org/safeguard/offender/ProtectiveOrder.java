package org.safeguard.offender;

import java.time.Instant;
import java.util.List;

/**
 * An order, notice or bail restricting a perpetrator, with its conditions and recorded breaches.
 *
 * @param protectedId    the person it protects, or null when none is named
 * @param incidentId     the incident it was made after (and {@code incidentReference} its reference), or null
 * @param endedEarlyAt   set when it was discharged, withdrawn or varied away before its end
 */
public record ProtectiveOrder(long id, OrderKind kind, long perpetratorId, String perpetratorName, Long protectedId,
                              String protectedName, Long incidentId, String incidentReference, String reference, Instant startsAt, Instant endsAt,
                              List<Condition> conditions, Instant endedEarlyAt, String endedEarlyReason,
                              List<Breach> breaches, String recordedBy, int version) {

    public ProtectiveOrder {
        conditions = List.copyOf(conditions);
        breaches = List.copyOf(breaches);
    }

    /** In force at {@code now}: started, not ended, not ended early. */
    public boolean liveAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt) && (endedEarlyAt == null || now.isBefore(endedEarlyAt));
    }

    /** One condition: what kind, and its detail (the address, the zone, the hours). */
    public record Condition(ConditionKind kind, String detail) {
    }

    /** A recorded breach, linked to the incident that recorded it. */
    public record Breach(long id, long incidentId, String incidentReference, Instant occurredAt, String detail,
                         String recordedBy) {
    }

    public enum ConditionKind {
        NO_CONTACT("No contact with the victim, directly or through others"),
        NOT_TO_ENTER_ADDRESS("Not to enter or go near an address"),
        EXCLUSION_ZONE("Not to enter an area"),
        CURFEW("Curfew"),
        RESIDENCE("To live and sleep at an address"),
        REPORTING("To report to a police station"),
        ELECTRONIC_MONITORING("Electronic monitoring (tag)"),
        OTHER("Another condition");

        private final String words;

        ConditionKind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
