package org.safeguard.intake.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.Restriction;
import org.safeguard.access.Visibility;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IntelligenceCheck;
import org.safeguard.intake.PartyRedaction;

/**
 * An incident as one reader may see it, decided party by party (each party read as an incident record): a party whose
 * identity is closed to the reader is a restricted record (with the way to ask for access), a redacted one shows an
 * initial and family name. Where a party being closed would let the rest of the page name them (the caller, the
 * summary) that is withheld too. The location is withheld when it may be a party's confidential address, except from
 * those responding to the incident (who recorded it or were sent to it): they must be able to get there. Whoever
 * recorded the incident sees its parties as they typed them, unless a party is a restricted victim or staff are
 * involved: the hard rules close those to everyone they do not name.
 *
 * @param parties   the people, as seen
 * @param caller    the caller's name and number, or why they are withheld
 * @param location  where, or why it is withheld
 * @param summary   the summary, or why it is withheld
 * @param checks    the checks recorded, a closed or redacted party's name replaced in what they say
 * @param incident  the incident with its parties as seen, for the other modules' sections of the page
 */
record IncidentAsSeen(List<PartyLine> parties, String caller, String location, String summary,
                      List<IntelligenceCheck> checks, Incident incident) {

    static final String RESTRICTED = "Restricted record";

    /** A party's line: {@code restricted} when the reader sees only that the record exists. */
    record PartyLine(long personId, String role, String name, LocalDate dateOfBirth, String born, String phone,
                     boolean restricted) {
    }

    /**
     * The incident as seen, from a decision for each of its parties, whether the reader recorded it, whether they
     * respond to it, and whether its address is a confidential one the reader may not read.
     */
    static IncidentAsSeen of(Incident incident, List<IntelligenceCheck> checks, Map<Long, AccessDecision> decisions,
                             boolean recorder, boolean responding, boolean atConfidentialAddress) {
        List<PartyLine> parties = incident.parties().stream().map(p -> recorder && recorderSees(decisions.get(p.personId()))
                ? party(p, Visibility.SEEN, Visibility.SEEN) : party(p, decisions.get(p.personId()))).toList();
        boolean anyoneClosed = decisions.values().stream()
                .anyMatch(d -> !d.sees(FieldGroup.IDENTITY) && !(recorder && recorderSees(d)));
        boolean addressWithheld = !responding && (atConfidentialAddress || decisions.values().stream()
                .anyMatch(d -> d.restricted(Restriction.CONFIDENTIAL_ADDRESS) && !d.sees(FieldGroup.CURRENT_ADDRESS)));
        String caller = anyoneClosed ? "Withheld: a person in this incident is a restricted record"
                : (incident.callerName() == null ? "Not given" : incident.callerName())
                + (incident.callerPhone() != null ? ", " + incident.callerPhone() : "");
        String location = addressWithheld ? "Withheld: it may be a confidential address" : incident.location();
        String summary = anyoneClosed ? "Withheld: a person in this incident is a restricted record"
                : incident.summary() == null ? "None" : incident.summary();
        Map<String, String> renamed = new java.util.LinkedHashMap<>();
        List<Incident.Party> seenParties = new java.util.ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Incident.Party recorded = incident.parties().get(i);
            PartyLine line = parties.get(i);
            if (line.name().equals(recorded.name())) {
                seenParties.add(recorded);
            } else {
                renamed.put(recorded.name(), line.name());
                seenParties.add(new Incident.Party(recorded.personId(), recorded.role(), line.name(), null, null));
            }
        }
        List<IntelligenceCheck> seenChecks = checks.stream().map(c -> new IntelligenceCheck(c.kind(),
                renamedIn(c.subject(), renamed), c.ranAt(), c.ranFor(), c.found(), renamedIn(c.summary(), renamed),
                c.completed())).toList();
        return new IncidentAsSeen(parties, caller, location, summary, seenChecks, incident.withParties(seenParties));
    }

    private static String renamedIn(String text, Map<String, String> renamed) {
        String seen = text;
        for (Map.Entry<String, String> name : renamed.entrySet()) {
            seen = seen == null || name.getKey() == null || name.getKey().isBlank() ? seen
                    : seen.replace(name.getKey(), name.getValue());
        }
        return seen;
    }

    /** Whether the one who recorded the incident sees this party as they typed it: not when hard rules close them. */
    static boolean recorderSees(AccessDecision decision) {
        return !decision.restricted(Restriction.STAFF_INVOLVED) && !decision.restricted(Restriction.RESTRICTED_VICTIM);
    }

    private static PartyLine party(Incident.Party party, AccessDecision decision) {
        return party(party, decision.of(FieldGroup.IDENTITY), decision.of(FieldGroup.CONTACT_DETAILS));
    }

    private static PartyLine party(Incident.Party party, Visibility identity, Visibility contact) {
        if (identity == Visibility.EXISTS_ONLY) {
            return new PartyLine(party.personId(), party.role().label(), RESTRICTED, null, "", "", true);
        }
        boolean seen = identity == Visibility.SEEN;
        String name = seen ? party.name() : PartyRedaction.initialAndFamilyName(party.name());
        LocalDate dateOfBirth = seen ? party.dateOfBirth() : null;
        String born = seen ? "" : PartyRedaction.yearOfBirth(party.dateOfBirth());
        String phone = contact == Visibility.SEEN ? (party.phone() == null ? "" : party.phone())
                : contact == Visibility.REDACTED ? PartyRedaction.maskedPhone(party.phone()) : "Not shown to you";
        return new PartyLine(party.personId(), party.role().label(), name, dateOfBirth, born, phone, false);
    }
}
