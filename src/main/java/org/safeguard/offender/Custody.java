package org.safeguard.offender;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Custody events: arrested, charged, bailed, released under investigation, remanded, released from custody
 * or prison. Each recorded event is published as a {@link CustodyDecision}, which safeguarding turns into the
 * victims' Victims' Code tasks. An event for an unknown person, in the future, or repeated with another
 * person under one reference is refused; the same event imported twice adds nothing.
 */
@Service
public class Custody {

    public CustodyEvent record(NewCustodyEvent typed) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Events from another system (custody, prison, court): all checked first; refused as a whole, nothing kept. */
    public ImportReport importEvents(List<NewCustodyEvent> events) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** The person's custody events (any linked record), latest first. */
    public List<CustodyEvent> eventsOf(long personId) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** The latest event: the person's custody status. */
    public Optional<CustodyEvent> status(long personId) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** What an import did: events added and events already recorded under their reference. */
    public record ImportReport(int added, int alreadyRecorded) {
    }
}
