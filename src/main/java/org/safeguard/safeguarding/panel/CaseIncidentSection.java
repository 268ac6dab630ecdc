package org.safeguard.safeguarding.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentSection;
import org.safeguard.intake.IncidentSectionContributor;
import org.safeguard.intake.PartyRole;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.safeguarding.store.CaseStore;
import org.springframework.stereotype.Component;

/** The "Victim's case" section of a domestic abuse incident's page: each victim's open case and named SPOC. */
@Component
class CaseIncidentSection implements IncidentSectionContributor {

    private final CaseStore cases;

    CaseIncidentSection(CaseStore cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<IncidentSection> sectionFor(Incident incident) {
        List<Incident.Party> victims = incident.partiesIn(PartyRole.VICTIM);
        if (!incident.domesticAbuse() || victims.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, VictimCase> open = cases.openFor(victims.stream().map(Incident.Party::personId).toList());
        List<IncidentSection.Line> lines = new ArrayList<>();
        for (Incident.Party victim : victims) {
            VictimCase victimCase = open.get(victim.personId());
            if (victimCase == null) {
                lines.add(new IncidentSection.Line(victim.name(), "No open case yet: it opens when the incident is saved.",
                        null, null, null, null));
            } else {
                lines.add(new IncidentSection.Line(victim.name(), "SPOC: " + victimCase.spoc().inWords(),
                        victimCase.spoc().awaitingHandover() ? "Out of hours" : "Named SPOC",
                        victimCase.spoc().awaitingHandover() ? "orange" : "blue", "Open the case",
                        "/cases/" + victimCase.id()));
            }
        }
        return Optional.of(new IncidentSection("Victim's case", lines, List.of()));
    }
}
