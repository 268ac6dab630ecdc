package org.safeguard.intake.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.Restriction;
import org.safeguard.access.Visibility;
import org.safeguard.intake.Incident;
import org.safeguard.intake.PartyRedaction;

/**
 * An incident as one reader may see it, decided party by party (each party read as an incident record): a party whose
 * identity is closed to the reader is a restricted record (with the way to ask for access), a redacted one shows an
 * initial and family name. Where a party being closed would let the rest of the page name them (the caller, the
 * summary) that is withheld too. The location is withheld when it may be a party's confidential address, except from
 * those responding to the incident (who recorded it or were sent to it): they must be able to get there.
 *
 * @param parties   the people, as seen
 * @param caller    the caller's name and number, or why they are withheld
 * @param location  where, or why it is withheld
 * @param summary   the summary, or why it is withheld
 */
record IncidentAsSeen(List<PartyLine> parties, String caller, String location, String summary) {

    static final String RESTRICTED = "Restricted record";

    /** A party's line: {@code restricted} when the reader sees only that the record exists. */
    record PartyLine(long personId, String role, String name, LocalDate dateOfBirth, String born, String phone,
                     boolean restricted) {
    }

    /** The incident as seen, from a decision for each of its parties and whether the reader responds to it. */
    static IncidentAsSeen of(Incident incident, Map<Long, AccessDecision> decisions, boolean responding) {
        List<PartyLine> parties = incident.parties().stream().map(p -> party(p, decisions.get(p.personId()))).toList();
        boolean anyoneClosed = decisions.values().stream().anyMatch(d -> !d.sees(FieldGroup.IDENTITY));
        boolean addressWithheld = !responding && decisions.values().stream()
                .anyMatch(d -> d.restricted(Restriction.CONFIDENTIAL_ADDRESS) && !d.sees(FieldGroup.CURRENT_ADDRESS));
        String caller = anyoneClosed ? "Withheld: a person in this incident is a restricted record"
                : (incident.callerName() == null ? "Not given" : incident.callerName())
                + (incident.callerPhone() != null ? ", " + incident.callerPhone() : "");
        String location = addressWithheld ? "Withheld: it may be a confidential address" : incident.location();
        String summary = anyoneClosed ? "Withheld: a person in this incident is a restricted record"
                : incident.summary() == null ? "None" : incident.summary();
        return new IncidentAsSeen(parties, caller, location, summary);
    }

    private static PartyLine party(Incident.Party party, AccessDecision decision) {
        Visibility identity = decision.of(FieldGroup.IDENTITY);
        if (identity == Visibility.EXISTS_ONLY) {
            return new PartyLine(party.personId(), party.role().label(), RESTRICTED, null, "", "", true);
        }
        boolean seen = identity == Visibility.SEEN;
        String name = seen ? party.name() : PartyRedaction.initialAndFamilyName(party.name());
        LocalDate dateOfBirth = seen ? party.dateOfBirth() : null;
        String born = seen ? "" : PartyRedaction.yearOfBirth(party.dateOfBirth());
        Visibility contact = decision.of(FieldGroup.CONTACT_DETAILS);
        String phone = contact == Visibility.SEEN ? (party.phone() == null ? "" : party.phone())
                : contact == Visibility.REDACTED ? PartyRedaction.maskedPhone(party.phone()) : "Not shown to you";
        return new PartyLine(party.personId(), party.role().label(), name, dateOfBirth, born, phone, false);
    }
}
