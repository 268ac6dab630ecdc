package org.safeguard.risk;

import java.time.Instant;
import java.util.Set;

/**
 * A risk assessment was completed: the victim's current level is now {@code level}. Referral, MARAC and
 * safeguarding act on it (a high level or a MARAC criterion met sends the victim to MARAC).
 *
 * @param allQuestionsAsked every question of the main instrument was asked (none marked "not asked"): the
 *                          DASH completion measure
 */
public record RiskAssessed(long assessmentId, long victimId, String victimName, long incidentId, RiskLevel level,
                           RiskLevel suggestedLevel, Set<MaracCriterion> criteria, Instant assessedAt,
                           String assessor, boolean allQuestionsAsked) {

    public RiskAssessed {
        criteria = Set.copyOf(criteria);
    }
}
