package org.safeguard.offender;

import java.util.List;

import org.safeguard.identity.PersonsLinked;
import org.safeguard.identity.PersonsUnlinked;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.OffenceRecorded;
import org.safeguard.intake.PartyAdded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where the offender module hears of other modules' work. Each listener runs after the publishing
 * transaction commits, in its own transaction, and is retried from the event registry until it succeeds;
 * handling an event twice changes nothing more (a refresh scores from what is recorded, not from the event).
 * A refresh lets its transaction commit without waiting for the disk ({@link PriorityList#refresh}): work added
 * to these listeners must be as safe to do again when the event is redelivered after a crash.
 */
@Component
class OffenderEvents {

    private final PriorityList priorityList;

    OffenderEvents(PriorityList priorityList) {
        this.priorityList = priorityList;
    }

    /** A domestic abuse incident with suspects: their scores change. */
    @ApplicationModuleListener
    void on(IncidentRecorded recorded) {
        if (recorded.domesticAbuse() && !recorded.suspectIds().isEmpty()) {
            priorityList.refresh(recorded.suspectIds());
        }
    }

    /** A suspect (or a victim, who may be a new one to them) added to an incident later: its suspects' scores change. */
    @ApplicationModuleListener
    void on(PartyAdded added) {
        on(added.incident());
    }

    /** An offence recorded later on an incident: its suspects' gravity changes. */
    @ApplicationModuleListener
    void on(OffenceRecorded recorded) {
        priorityList.refresh(recorded.suspectIds());
    }

    /** Two records are one person now: their offending and victims count together, under one key. */
    @ApplicationModuleListener
    void on(PersonsLinked linked) {
        priorityList.refresh(List.of(linked.firstId(), linked.secondId()));
    }

    /** A link undone: each record is scored again as the person it is now. */
    @ApplicationModuleListener
    void on(PersonsUnlinked unlinked) {
        priorityList.refresh(List.of(unlinked.firstId(), unlinked.secondId()));
    }
}
