package org.safeguard.risk;

import java.util.List;
import java.util.Set;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.RecordLocked;
import org.safeguard.access.Visibility;

/**
 * What of a victim's risk a reader may see (issue 10): all of it; the level only (no answers, no victim's own words,
 * no rationale that may quote them, no counts that would give the answers away); or nothing, when the record is
 * locked to them. The assessor always sees the assessment they made.
 */
final class AssessmentRedaction {

    private AssessmentRedaction() {
    }

    /** The risk group's visibility, refusing with the locked view when the reader may not see even the level. */
    static Visibility riskShown(AccessDecision decision) {
        Visibility risk = decision.of(FieldGroup.RISK);
        if (risk == Visibility.EXISTS_ONLY) {
            throw new RecordLocked(decision);
        }
        return risk;
    }

    /** The assessment with only its levels, instruments and dates. */
    static Assessment levelOnly(Assessment a) {
        return new Assessment(a.id(), a.incidentId(), a.victimId(), a.victimName(), a.instrumentCode(),
                a.instrumentVersion(), a.supplements(), a.status(), null, a.assessor(), a.assessorName(),
                a.assessorTeam(), a.startedAt(), a.updatedAt(), a.completedAt(), null, null, null, a.allAsked(), null,
                a.suggestedLevel(), a.finalLevel(), null, Set.of(), null, a.version(), List.of());
    }

    /** The view with only the levels. */
    static AssessmentView levelOnly(AssessmentView view) {
        AssessmentView.Preview p = view.preview();
        return new AssessmentView(levelOnly(view.assessment()), view.main(), view.supplements(),
                new AssessmentView.Preview(0, 0, 0, p.suggested(), 0, List.of(), 0), view.incidentReference(),
                view.reassessmentDue(), null, true);
    }
}
