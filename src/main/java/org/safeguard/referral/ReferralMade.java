package org.safeguard.referral;

import java.time.Instant;

import org.safeguard.directory.ServiceKind;

/**
 * A referral was made (by a routing rule or by hand). The MARAC module lists a referral of kind MARAC for the
 * next meeting of the victim's area with space.
 *
 * @param riskLevel the victim's level when it was made (STANDARD, MEDIUM, HIGH) or null when not assessed
 * @param childIds  the children recorded on the incident it came from
 */
public record ReferralMade(long referralId, long victimId, String victimName, Long incidentId, Long assessmentId,
                           long serviceId, ServiceKind serviceKind, String area, String riskLevel,
                           java.util.List<Long> childIds, java.util.List<Long> suspectIds, Instant madeAt,
                           String madeBy, String madeByAgency, String reason) {

    public ReferralMade {
        childIds = java.util.List.copyOf(childIds);
        suspectIds = java.util.List.copyOf(suspectIds);
    }
}
