package org.safeguard.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What is known about the phone, address and people typed so far.
 *
 * @param searched   what was looked up, in words ("Phone 07700 900123: 2 people")
 * @param incidents  earlier incidents, newest first
 * @param people     the people found, with their repeat status
 * @param children   children recorded at the address
 * @param markers    warning markers on the people found
 * @param sections   what other modules contribute (risk level, named SPOC, MARAC, orders)
 * @param truncated  true when there were more incidents than shown
 * @param found      how many earlier incidents were found, shown or not
 * @param foundAtOtherFlats how many of them are linked only through another flat in the building
 * @param possibleMatches records that may be the person typed (record linkage), best first, with the reasons
 */
public record History(List<String> searched, List<PastIncident> incidents, List<PersonFound> people,
                      List<String> children, List<String> markers, List<HistorySection> sections, boolean truncated,
                      int found, int foundAtOtherFlats, List<PossibleMatch> possibleMatches) {

    public static final History EMPTY = new History(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, 0, 0,
            List.of());

    public History {
        searched = List.copyOf(searched);
        incidents = List.copyOf(incidents);
        people = List.copyOf(people);
        children = List.copyOf(children);
        markers = List.copyOf(markers);
        sections = List.copyOf(sections);
        possibleMatches = List.copyOf(possibleMatches);
    }

    /**
     * A person record that may be the person typed although name and date of birth are not exactly
     * the same, e.g. "Jon Smyth, 3/4/1985" for "Jonathan Smith, 4/3/1985".
     *
     * @param percent  the match probability as a whole percentage
     * @param reasons  why, strongest first ("date of birth: the same", "phone: a number in common")
     * @param linked   true when the record is already linked to others as one person
     */
    public record PossibleMatch(long personId, String name, LocalDate dateOfBirth, int percent, List<String> reasons,
                                boolean linked) {
    }

    /**
     * An earlier incident and how it was found.
     *
     * @param via        "phone", "address", "building" (another flat in the same building), "person"
     * @param otherFlat  true when it is linked only through another flat in the building
     */
    public record PastIncident(long id, String reference, Instant receivedAt, String kind, List<String> parties,
                               String immediateRisk, Grade grade, String outcome, Set<String> via, boolean otherFlat) {
    }

    /** A person found, with the force's repeat rules applied to their incidents as victim. */
    public record PersonFound(long personId, String name, LocalDate dateOfBirth, int victimIncidentsInWindow,
                              boolean repeatVictim, boolean specialistReview, int suspectIncidents) {
    }
}
