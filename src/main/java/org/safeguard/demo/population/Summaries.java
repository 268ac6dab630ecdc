package org.safeguard.demo.population;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.safeguard.demo.population.Occurrence.Kind;

/** One or two lines of what the caller said, as a call taker would sum it up. */
final class Summaries {

    private static final Map<Kind, List<String>> OPENINGS = Map.of(
            Kind.PARTNER_ABUSE, List.of(
                    "Argument escalated; suspect pushed the victim and threw items",
                    "Suspect shouting at the victim and refusing to leave the address",
                    "Suspect grabbed the victim by the arms during an argument",
                    "Screaming and banging heard from the address",
                    "Suspect took the victim's phone and would not let them leave",
                    "Suspect damaged property at the address during an argument"),
            Kind.FORMER_PARTNER_ABUSE, List.of(
                    "Former partner turned up at the address and would not leave",
                    "Former partner sending repeated threatening messages",
                    "Former partner followed the victim home",
                    "Former partner tried to force entry to the address"),
            Kind.FAMILY_ABUSE, List.of(
                    "Family argument escalated; suspect pushed the victim",
                    "Suspect demanding money from the victim and making threats",
                    "Suspect damaged property at the family home"),
            Kind.NEIGHBOUR_DISPUTE, List.of(
                    "Ongoing dispute between neighbours over noise; threats made",
                    "Neighbour banging on the door and shouting abuse"),
            Kind.THEFT, List.of(
                    "Bicycle stolen from the communal area",
                    "Parcel stolen from the doorstep",
                    "Shed broken into and tools taken"),
            Kind.CRIMINAL_DAMAGE, List.of(
                    "Car windows smashed overnight",
                    "Front door damaged overnight"),
            Kind.WELFARE_CONCERN, List.of(
                    "Concern for welfare: not seen for several days",
                    "Family worried after a distressing phone call"));

    private Summaries() {
    }

    static String of(Occurrence occurrence, SplittableRandom random, boolean weapon, boolean injury,
                     boolean threatToLife, boolean childrenPresent) {
        List<String> openings = OPENINGS.get(occurrence.kind());
        StringBuilder summary = new StringBuilder(openings.get(random.nextInt(openings.size())));
        if (weapon) {
            summary.append("; suspect had a knife");
        }
        if (injury) {
            summary.append("; victim has minor injuries");
        }
        if (threatToLife) {
            summary.append("; threats to kill made");
        }
        if (childrenPresent) {
            summary.append("; children present");
        }
        return summary.append('.').toString();
    }
}
