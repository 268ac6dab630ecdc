package org.safeguard.intake;

import java.time.Instant;
import java.util.List;

/**
 * Everything the attending officer and the supervisor see about one incident: the checks first,
 * then the incident, deployment, attendance and close-out.
 *
 * @param responseTargetMet null until the officers arrive (or when the grade has no target)
 */
public record IncidentFile(Incident incident, List<IntelligenceCheck> checks, List<Deployment> deployments,
                           Attendance attendance, CloseOut closeOut, Boolean responseTargetMet, boolean highRisk) {

    public IncidentFile {
        checks = List.copyOf(checks);
        deployments = List.copyOf(deployments);
    }

    /** An officer sent to the incident. */
    public record Deployment(long accountId, String officerName, boolean dvero, Instant dispatchedAt, String dispatchedBy) {
    }
}
