package org.safeguard.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded incident and its parties. */
public record Incident(long id, String reference, Instant receivedAt, Channel channel, String callerName,
                       String callerPhone, String location, Long addressId, String area, Relationship relationship,
                       Boolean bothAged16OrOver, Boolean personallyConnected, boolean domesticAbuse,
                       int childrenPresent, int childrenLiving, String childAges, boolean weapon, boolean injury,
                       boolean threatToLife, Grade grade, String summary, boolean repeatVictim,
                       boolean specialistReview, IncidentStatus status, String recordedBy, Instant closedAt,
                       String closedBy, int version, List<Party> parties) {

    public Incident {
        parties = List.copyOf(parties);
    }

    /** A person in the incident as recorded. */
    public record Party(long personId, PartyRole role, String name, LocalDate dateOfBirth, String phone) {
    }

    /** The same incident with its parties as given (for a reader who may not see every party as recorded). */
    public Incident withParties(List<Party> seenParties) {
        return new Incident(id, reference, receivedAt, channel, callerName, callerPhone, location, addressId, area,
                relationship, bothAged16OrOver, personallyConnected, domesticAbuse, childrenPresent, childrenLiving,
                childAges, weapon, injury, threatToLife, grade, summary, repeatVictim, specialistReview, status,
                recordedBy, closedAt, closedBy, version, seenParties);
    }

    public List<Party> partiesIn(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }

    /**
     * High risk as far as intake knows it: a threat to life or a weapon. The risk assessment (DASH)
     * adds its own level when it is done.
     */
    public boolean immediateRiskToLife() {
        return threatToLife || weapon;
    }

    /** Immediate risk flags in words, or "None reported". */
    public String immediateRiskInWords() {
        StringBuilder words = new StringBuilder();
        if (weapon) {
            words.append("Weapon");
        }
        if (injury) {
            words.append(words.isEmpty() ? "" : ", ").append("Injury");
        }
        if (threatToLife) {
            words.append(words.isEmpty() ? "" : ", ").append("Threat to life");
        }
        return words.isEmpty() ? "None reported" : words.toString();
    }

    /** What kind of incident, in the words a control room uses. */
    public String kindInWords() {
        if (!domesticAbuse) {
            return "Not domestic abuse";
        }
        return relationship == null ? "Domestic abuse"
                : relationship.intimate() ? "Domestic abuse — intimate partner" : "Domestic abuse — family";
    }
}
