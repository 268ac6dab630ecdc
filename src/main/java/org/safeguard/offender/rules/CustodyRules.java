package org.safeguard.offender.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;

import org.safeguard.offender.CustodyDecision;
import org.safeguard.offender.CustodyEvent;
import org.safeguard.offender.NewCustodyEvent;
import org.safeguard.platform.InvalidRequest;

/**
 * What a custody event must satisfy before it is kept and passed on to the victims' SPOCs, with a message per
 * field. A reference names one event for good: the same reference again about the same person, decision and time
 * is that event delivered twice (nothing more happens); with anything else it is refused, since one of the two
 * would otherwise never reach a victim.
 */
public final class CustodyRules {

    /** Clocks differ by a little: a decision up to this far ahead of ours is accepted. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    public static final int MAX_DETAIL = 1000;
    public static final int MAX_REFERENCE = 100;
    /** References the service makes for events typed on a page without one. */
    public static final String PAGE_PREFIX = "PAGE-";

    private CustodyRules() {
    }

    /**
     * Adds the event's problems to {@code check}, each field named after {@code prefix} ("" on a page,
     * "events[3]." in an import).
     *
     * @param imported     an import must carry its reference; a page may leave it for one to be made
     * @param knownPeople  the person record ids among the events that exist
     */
    public static void check(NewCustodyEvent event, String prefix, boolean imported, Instant now,
                             Set<Long> knownPeople, InvalidRequest.Check check) {
        if (event == null) {
            check.require(false, prefix + "personId", "Send the custody event: this one is empty");
            return;
        }
        check.require(event.personId() != null, prefix + "personId", "Give the person's record id")
                .require(event.personId() == null || knownPeople.contains(event.personId()), prefix + "personId",
                        "No person record with id " + event.personId())
                .require(event.decision() != null, prefix + "decision", "Choose the custody decision")
                .require(event.decidedAt() != null, prefix + "decidedAt", "Enter when the decision was made")
                .require(event.decidedAt() == null || !event.decidedAt().isAfter(now.plus(CLOCK_SKEW)), prefix + "decidedAt",
                        "The time of the decision must be now or in the past")
                .require(event.detail() == null || event.detail().strip().length() <= MAX_DETAIL, prefix + "detail",
                        "The detail must be 1,000 characters or fewer");
        String reference = referenceOf(event);
        check.require(!imported || reference != null, prefix + "reference",
                        "Give the event's reference (the custody record or the sending system's id): without it a "
                                + "repeated import could not be told from a new decision")
                .require(reference == null || reference.length() <= MAX_REFERENCE, prefix + "reference",
                        "The reference must be 100 characters or fewer")
                .require(reference == null || !reference.toUpperCase().startsWith(PAGE_PREFIX), prefix + "reference",
                        "References starting " + PAGE_PREFIX + " are made by the service for events typed without one: "
                                + (imported ? "use the sending system's own id" : "leave it blank or type the custody record number"));
    }

    /** The typed reference, trimmed; null when blank. */
    public static String referenceOf(NewCustodyEvent event) {
        return event.reference() == null || event.reference().isBlank() ? null : event.reference().strip();
    }

    /** The reference of an event typed on a page without one: stable (its id) and unlike any typed one. */
    public static String pageReference(long eventId) {
        return PAGE_PREFIX + eventId;
    }

    /**
     * Whether the event typed is the event already recorded under its reference, delivered again: the same
     * decision about the same person (any record linked to the one recorded) at the same time. Anything else
     * under one reference (a re-bail under the same custody record number, say) is another event.
     *
     * @param samePerson every record of the typed event's person, its own id included
     */
    public static boolean alreadyRecorded(NewCustodyEvent typed, Collection<Long> samePerson, CustodyDecision.Decision decision,
                                          long personId, Instant decidedAt) {
        return typed.decision() == decision && sameInstant(typed.decidedAt(), decidedAt)
                && (samePerson.contains(personId) || Long.valueOf(personId).equals(typed.personId()));
    }

    /** The same, against a recorded event. */
    public static boolean alreadyRecorded(NewCustodyEvent typed, Collection<Long> samePerson, CustodyEvent recorded) {
        return alreadyRecorded(typed, samePerson, recorded.decision(), recorded.personId(), recorded.decidedAt());
    }

    /** Equal to the microsecond the database keeps. */
    private static boolean sameInstant(Instant typed, Instant recorded) {
        return typed != null && recorded != null
                && typed.truncatedTo(ChronoUnit.MICROS).equals(recorded.truncatedTo(ChronoUnit.MICROS));
    }

    /** Why an event is refused whose reference already names another event (an import must carry a reference). */
    public static String referenceTaken(String reference, boolean imported) {
        return "Reference " + reference + " already has a different event; give this event its own reference"
                + (imported ? "" : " or leave it blank");
    }
}
