package org.safeguard.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.risk.RiskLevel;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.support.Calls;
import org.safeguard.support.Dash;
import org.safeguard.support.Eventually;
import org.springframework.stereotype.Component;

/** A new victim's case for the security tests: opened by a police DA incident, optionally assessed high risk. */
@Component
class VictimCases {

    record Opened(IncidentFile incident, VictimCase victimCase, String givenName) {
    }

    private final Calls calls;
    private final Cases cases;
    private final RiskAssessments assessments;

    VictimCases(Calls calls, Cases cases, RiskAssessments assessments) {
        this.calls = calls;
        this.cases = cases;
        this.assessments = assessments;
    }

    /** A victim with a given name nobody else has, so a page that shows it can be told from one that does not. */
    Opened opened() {
        String family = Calls.unusedFamilyName();
        String given = "Xi" + family.substring(0, 6).toLowerCase();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(2)),
                null, "3 Mill Row", Calls.unusedPostcode(), Calls.victim(given, family, LocalDate.of(1992, 6, 1)),
                Calls.suspect("Carl", family, LocalDate.of(1987, 2, 3)), "PRIORITY"));
        long victimId = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        return new Opened(file, Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(victimId))), given);
    }

    /** The same, assessed high risk (14 Yes answers), once the case shows the level. */
    Opened highRisk() {
        Opened opened = opened();
        long victimId = opened.victimCase().victimId();
        calls.as("officer", () -> {
            Assessment draft = assessments.start(opened.incident().incident().id(), victimId, null);
            return assessments.complete(draft.id(), draft.version(),
                    new AssessmentAnswers(Dash.answers(14), Map.of(), "He said he will come back."), null, null);
        });
        VictimCase high = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(victimId))
                .filter(c -> c.riskLevel() == RiskLevel.HIGH));
        return new Opened(opened.incident(), high, opened.givenName());
    }
}
