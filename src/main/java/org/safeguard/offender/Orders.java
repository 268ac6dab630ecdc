package org.safeguard.offender;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Orders, notices and bail conditions, their breaches, and the calendar of endings. Refuses an order that
 * ends before it starts, bail with no end, a length the law does not allow, and a DVPO (or DVPN, DAPN)
 * overlapping another of the same kind between the same two people.
 */
@Service
public class Orders {

    public ProtectiveOrder record(NewOrder typed) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    public ProtectiveOrder order(long orderId) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Ends an order before its end (discharged, withdrawn, varied), with the reason. */
    public ProtectiveOrder endEarly(long orderId, String reason, int version) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Records a breach of the order, linked to the incident (by its reference) that recorded it. */
    public ProtectiveOrder recordBreach(long orderId, String incidentReference, java.time.Instant occurredAt, String detail) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Every order against the person (any of their linked records), latest end first. */
    public List<ProtectiveOrder> againstPerson(long personId) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Every order protecting the person (any of their linked records), latest end first. */
    public List<ProtectiveOrder> protecting(long personId) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Orders ending between the two days (UK dates, inclusive), soonest first: the calendar of expiries. */
    public List<ProtectiveOrder> ending(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Publishes {@link OrderExpiring} once for each live order ending within the notice period. Returns how many. */
    public int announceEnding() {
        throw new UnsupportedOperationException("built in issue 8");
    }
}
