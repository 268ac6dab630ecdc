package org.safeguard.referral;

import java.time.Instant;

import org.safeguard.directory.ServiceKind;

/**
 * A referral a routing rule called for that could not be made: no active service of the kind covers the victim's
 * area. Listed on the board of whoever's work triggered it until a referral of the kind is made for the victim.
 */
public record Unmade(long victimId, String victimName, Long incidentId, ServiceKind kind, String area, String ruleId,
                     int ruleVersion, Instant at) {
}
