package org.safeguard.intake;

import java.util.List;

/**
 * Someone the person has reported who has also reported them: each recorded as the victim with the other
 * as the suspect, in different incidents (DOMAIN.md, counter-allegation). People, not records: records
 * linked as one person count once.
 *
 * @param otherPersonId the other person's record, as recorded in the latest of these incidents
 * @param otherName     that record's name
 * @param asVictim      the incidents where the person was the victim and the other the suspect, oldest first
 * @param asSuspect     the incidents where the person was the suspect and the other the victim, oldest first
 */
public record CounterAllegation(long otherPersonId, String otherName, List<IncidentReference> asVictim,
                                List<IncidentReference> asSuspect) {

    public CounterAllegation {
        asVictim = List.copyOf(asVictim);
        asSuspect = List.copyOf(asSuspect);
    }

    /** An incident by its id and reference, e.g. INC-2026-0001234. */
    public record IncidentReference(long id, String reference) {
    }
}
