package org.safeguard.offender;

import java.util.Map;

/** A referral to a programme as typed: every suitability factor rated. */
public record NewProgrammeReferral(Long personId, String programme,
                                   Map<ProgrammeReferral.SuitabilityFactor, ProgrammeReferral.Rating> assessment,
                                   String assessmentNotes) {

    public NewProgrammeReferral {
        assessment = assessment == null ? Map.of() : Map.copyOf(assessment);
    }
}
