package org.safeguard.referral;

import java.time.Instant;

import org.safeguard.directory.ServiceKind;

/**
 * A referral of a victim to a partner service.
 *
 * @param source      RISK_ASSESSED, INCIDENT_RECORDED or MANUAL
 * @param ruleVersion the routing rules' version that made it (null when made by hand)
 * @param ruleId      the rule that made it (null when made by hand)
 * @param dueBy       when the service should have accepted or declined it (made + the service's SLA)
 * @param assignedTo  the worker who took it on (for the IDVA service: the victim's IDVA)
 */
public record Referral(long id, long victimId, String victimName, Long incidentId, Long assessmentId, long serviceId,
                       String serviceName, ServiceKind serviceKind, String area, String riskLevel, String reason,
                       String source, Integer ruleVersion, String ruleId, ReferralStatus status, Consent consent,
                       String sharingJustification, Instant madeAt, String madeBy, String madeByTeam,
                       String madeByAgency, Instant dueBy, Instant receivedAt, String receivedBy, Instant decidedAt,
                       String decidedBy, String declineReason, String assignedTo, Instant closedAt, String closedBy,
                       String closeReason, int version) {

    /** The same referral with the victim named otherwise (a list shows a restricted victim as "Restricted record"). */
    public Referral withVictimName(String name) {
        return new Referral(id, victimId, name, incidentId, assessmentId, serviceId, serviceName, serviceKind, area,
                riskLevel, reason, source, ruleVersion, ruleId, status, consent, sharingJustification, madeAt, madeBy,
                madeByTeam, madeByAgency, dueBy, receivedAt, receivedBy, decidedAt, decidedBy, declineReason, assignedTo,
                closedAt, closedBy, closeReason, version);
    }

    /** Waiting for the service's answer past its SLA. */
    public boolean overdue(Instant now) {
        return status.awaitingAnswer() && now.isAfter(dueBy);
    }
}
