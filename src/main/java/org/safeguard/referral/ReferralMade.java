package org.safeguard.referral;

import java.time.Instant;

import org.safeguard.directory.ServiceKind;

/**
 * A referral was made (by a routing rule or by hand). The MARAC module lists a referral of kind MARAC for the
 * next meeting of the victim's area with space.
 *
 * @param riskLevel the victim's level when it was made (STANDARD, MEDIUM, HIGH) or null when not assessed
 * @param childIds  the children named as parties on the incident it came from
 * @param children  how many children the victim's household has, as far as is known: the most of the children
 *                  named, those the incident records as present or living at the address, and (when the DASH says
 *                  there are children) at least one
 */
public record ReferralMade(long referralId, long victimId, String victimName, Long incidentId, Long assessmentId,
                           long serviceId, ServiceKind serviceKind, String area, String riskLevel,
                           java.util.List<Long> childIds, int children, java.util.List<Long> suspectIds, Instant madeAt,
                           String madeBy, String madeByAgency, String reason) {

    public ReferralMade {
        childIds = java.util.List.copyOf(childIds);
        suspectIds = java.util.List.copyOf(suspectIds);
    }
}
