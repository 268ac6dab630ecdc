package org.safeguard.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.support.Calls;
import org.safeguard.support.Dash;
import org.safeguard.support.Eventually;

/** New victims for the referral tests: a DA incident recorded by the call handler, then assessed by the officer. */
final class Victims {

    private final Calls calls;
    private final RiskAssessments assessments;
    private final Referrals referrals;

    Victims(Calls calls, RiskAssessments assessments, Referrals referrals) {
        this.calls = calls;
        this.assessments = assessments;
        this.referrals = referrals;
    }

    /** A victim at a new incident: the incident, the victim's id and name. */
    record Victim(IncidentFile incident, long id, String name) {
        long incidentId() {
            return incident.incident().id();
        }
    }

    Victim recorded(LocalDate bornOn, int childrenPresent) {
        String family = Calls.unusedFamilyName();
        NewIncident typical = Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(3)), null, "7 Mill Lane",
                Calls.unusedPostcode(), Calls.victim("Tara", family, bornOn), Calls.suspect("Dean", family,
                        LocalDate.of(1985, 1, 9)), "PRIORITY");
        NewIncident incident = new NewIncident(typical.receivedAt(), typical.channel(), typical.callerName(),
                typical.callerPhone(), typical.location(), typical.town(), typical.postcode(), typical.parties(),
                typical.relationship(), typical.bothAged16OrOver(), typical.personallyConnected(), childrenPresent, 0,
                childrenPresent > 0 ? "4" : null, false, false, false, typical.grade(), typical.summary());
        IncidentFile file = calls.record("call.handler", incident);
        return new Victim(file, file.incident().partiesIn(PartyRole.VICTIM).get(0).personId(), "Tara " + family);
    }

    Victim recorded() {
        return recorded(LocalDate.of(1990, 6, 1), 0);
    }

    /** The victim assessed by the officer: the first {@code yes} DASH questions Yes, and the extra answers given. */
    Assessment assessed(Victim victim, int yes, Map<String, String> extra) {
        Map<String, String> answers = new LinkedHashMap<>(Dash.answers(yes));
        answers.putAll(extra);
        return calls.as("officer", () -> {
            Assessment draft = assessments.start(victim.incidentId(), victim.id(), null);
            return assessments.complete(draft.id(), draft.version(), new AssessmentAnswers(answers, Map.of(), null),
                    null, null);
        });
    }

    /** The victim's referrals once there are at least {@code count}, as the specialist sees them. */
    List<Referral> referralsOnce(Victim victim, int count) {
        return Eventually.found(() -> {
            List<Referral> found = calls.as("specialist", () -> referrals.ofVictim(victim.id()));
            return found.size() >= count ? java.util.Optional.of(found) : java.util.Optional.empty();
        });
    }

    List<Referral> referralsNow(Victim victim) {
        return calls.as("specialist", () -> referrals.ofVictim(victim.id()));
    }
}
