package org.safeguard.safeguarding;

import java.time.Instant;
import java.util.List;
import org.safeguard.risk.RiskLevel;

/**
 * The neighbourhood briefing for a policing area: its high-risk and repeat victims with open cases, for
 * the safer neighbourhood team. No addresses: a victim's address stays on the case.
 */
public record Briefing(String area, Instant at, List<Line> lines) {

    public Briefing {
        lines = List.copyOf(lines);
    }

    public record Line(long caseId, String victimName, RiskLevel riskLevel, int incidentsInYear, Instant lastIncident,
                       String spoc) {
    }
}
