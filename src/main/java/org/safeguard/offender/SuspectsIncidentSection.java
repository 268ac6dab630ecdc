package org.safeguard.offender;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.access.SignedInStaff;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentSection;
import org.safeguard.intake.IncidentSectionContributor;
import org.safeguard.intake.PartyRole;
import org.springframework.stereotype.Component;

/**
 * The "Suspects" section of an incident's page: each suspect with a link to their perpetrator profile, for those
 * who may read profiles (nobody else sees the section). A suspect who is a member of the organisation's staff is
 * a restricted record, without a link, to a reader who may not see such records.
 */
@Component
class SuspectsIncidentSection implements IncidentSectionContributor {

    private final ReadableRecords readable;

    SuspectsIncidentSection(ReadableRecords readable) {
        this.readable = readable;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<IncidentSection> sectionFor(Incident incident) {
        List<Incident.Party> suspects = incident.partiesIn(PartyRole.SUSPECT);
        if (suspects.isEmpty() || Collections.disjoint(SignedInStaff.current().roles(), OffenderAccess.READERS)) {
            return Optional.empty();
        }
        Set<Long> restricted = readable.restrictedAmong(suspects.stream().map(Incident.Party::personId).toList());
        List<IncidentSection.Line> lines = suspects.stream().map(suspect -> restricted.contains(suspect.personId())
                ? new IncidentSection.Line(Perpetrators.RESTRICTED_NAME,
                        "Only professional standards and the specialist team can open this record", null, null, null, null)
                : new IncidentSection.Line(suspect.name(), "Incidents with every victim, orders, custody and programmes",
                        null, null, "Perpetrator profile", "/offenders/" + suspect.personId())).toList();
        return Optional.of(new IncidentSection("Suspects", lines, List.of()));
    }
}
