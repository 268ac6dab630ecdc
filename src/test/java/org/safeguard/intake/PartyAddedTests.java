package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.offender.PriorityList;
import org.safeguard.offender.RankedPerpetrator;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People added to a domestic abuse incident after it was recorded are followed up as if they had been there from
 * the start: a victim gets their case with a named SPOC (HMIC: every victim has one owner), and a suspect named
 * later takes their place on the RFG priority list of perpetrators.
 */
@SafeguardTest
class PartyAddedTests {

    @Autowired
    Calls calls;
    @Autowired
    Incidents incidents;
    @Autowired
    Cases cases;
    @Autowired
    PriorityList priorityList;

    @Test
    void aSuspectNamedLaterIsRankedAndAVictimAddedLaterGetsACaseWithASpoc() {
        String family = Calls.unusedFamilyName();
        NewParty caller = Calls.victim("Ines", family, LocalDate.of(1990, 3, 9));
        IncidentFile recorded = calls.record("call.handler", new NewIncident(Instant.now().minusSeconds(3_600),
                "EMERGENCY_999", "Ines " + family, null, "7 Sorrel Way", "Testtown", Calls.unusedPostcode(), List.of(caller),
                "CURRENT_PARTNER", true, true, 0, 0, null, false, false, false, "PRIORITY", "Caller hurt, partner left."));
        long incidentId = recorded.incident().id();

        IncidentFile withSuspect = calls.as("officer", () -> incidents.addParty(incidentId,
                Calls.suspect("Odo", Calls.unusedFamilyName(), LocalDate.of(1987, 6, 1))));
        long suspect = withSuspect.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
        RankedPerpetrator standing = Eventually.found(() -> calls.as("specialist", () -> priorityList.standing(suspect)));
        assertThat(standing.incidents()).isEqualTo(1);
        assertThat(standing.victims()).isEqualTo(1);

        IncidentFile withSecondVictim = calls.as("officer", () -> incidents.addParty(incidentId,
                Calls.victim("Pia", Calls.unusedFamilyName(), LocalDate.of(1992, 11, 23))));
        long secondVictim = withSecondVictim.incident().partiesIn(PartyRole.VICTIM).stream()
                .map(Incident.Party::personId).filter(id -> id != recorded.incident().partiesIn(PartyRole.VICTIM).get(0).personId())
                .findFirst().orElseThrow();
        VictimCase secondCase = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(secondVictim)));
        assertThat(secondCase.spoc().username()).isNotBlank();
        assertThat(Eventually.found(() -> calls.as("specialist", () -> priorityList.standing(suspect))
                .filter(s -> s.victims() == 2))).as("the suspect's victims counted again").isNotNull();
    }
}
