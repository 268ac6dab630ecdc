package org.safeguard.risk;

import java.time.Instant;
import java.util.List;

/**
 * A completed assessment loaded in bulk (the demo generator; a migration). The levels and criteria
 * are worked out on import exactly as for one completed on a page.
 *
 * @param answers      the main instrument's answers, then any supplements' (instrument code, question id)
 * @param judgement    the level the assessor chose, or null for the suggested one
 */
public record ImportedAssessment(long incidentId, long victimId, String victimName, String instrumentCode,
                                 int instrumentVersion, List<Assessment.GivenAnswer> answers, String victimView,
                                 RiskLevel judgement, String judgementRationale, String assessor,
                                 String assessorName, String assessorTeam, Instant completedAt) {

    public ImportedAssessment {
        answers = List.copyOf(answers);
    }
}
