package org.safeguard.risk;

import java.time.Instant;

/**
 * One assessment drawn in a dip sample, and the review of it once recorded.
 *
 * @param assignedTo    the specialist it was given to (never the assessor); null when nobody else was available
 * @param reviewerLevel the level the reviewer judged right; null until reviewed
 */
public record DipReview(long id, long sampleId, long assessmentId, long incidentId, String victimName,
                        String assessor, String assessorTeam, RiskLevel assessedLevel, Instant assessedAt,
                        String assignedTo, String reviewer, RiskLevel reviewerLevel, String comment,
                        Instant reviewedAt, int version) {

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** The reviewer judged the level too low. */
    public boolean upgrade() {
        return reviewerLevel != null && reviewerLevel.isAbove(assessedLevel);
    }
}
