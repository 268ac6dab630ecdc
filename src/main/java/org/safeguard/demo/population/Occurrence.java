package org.safeguard.demo.population;

import java.time.Instant;
import java.util.List;

import org.safeguard.identity.NewAddress;
import org.safeguard.intake.Relationship;

/**
 * Something that happened and reached the police, before anyone typed it in: when, where, to whom,
 * by whom, and what kind of thing it was.
 *
 * @param suspect      null when nobody is suspected (a theft by a stranger, a concern for welfare)
 * @param relationship how the victim and suspect are connected when it is domestic abuse; null when it is not
 * @param step         how many incidents of the same story came before this one (abuse tends to escalate)
 * @param children     the children who live where it happened (some may not be born yet at the time)
 */
record Occurrence(Instant at, Place place, Kind kind, Cast.Person victim, Cast.Person suspect,
                  Relationship relationship, int step, List<Cast.Person> witnesses, List<Cast.Person> children) {

    enum Kind {
        PARTNER_ABUSE, FORMER_PARTNER_ABUSE, FAMILY_ABUSE, NEIGHBOUR_DISPUTE, THEFT, CRIMINAL_DAMAGE, WELFARE_CONCERN
    }

    /**
     * An address by its number in the batch (the population's addresses, then those made for people who
     * move), and the household living there when it is one of the batch's homes.
     */
    record Place(int slot, NewAddress address, Cast.Home home) {
    }

    boolean domesticAbuse() {
        return relationship != null;
    }
}
