package org.safeguard.safeguarding;

import java.time.Instant;
import org.safeguard.risk.RiskLevel;

/** A victim's case: open from their first domestic abuse incident until closed, with exactly one SPOC. */
public record VictimCase(long id, long victimId, String victimName, Status status, Instant openedAt, Instant closedAt,
                         String closedReason, String area, RiskLevel riskLevel, Instant riskAssessedAt, Spoc spoc,
                         int version) {

    public enum Status { OPEN, CLOSED }

    public boolean open() {
        return status == Status.OPEN;
    }
}
