package org.safeguard.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The police response to an incident already imported, from another system (or the demo generator): the
 * officers' attendance and the outcomes of its offences.
 *
 * @param incidentId the id the incident was imported with
 * @param attendance null when nobody attended (or not yet)
 * @param outcomes   outcomes of offences recorded on the incident; an offence not recorded there is refused
 */
public record ImportedResponse(long incidentId, Attendance attendance, Instant attendanceRecordedAt,
                               List<Outcome> outcomes) {

    public ImportedResponse {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        if (attendance != null && attendanceRecordedAt == null) {
            throw new IllegalArgumentException("An imported attendance needs the time it was recorded");
        }
    }

    /** An offence's outcome, when and by whom it was recorded. */
    public record Outcome(OffenceGroup offence, CrimeOutcome outcome, Instant recordedAt, String recordedBy) {

        public Outcome {
            Objects.requireNonNull(offence, "offence");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(recordedAt, "recordedAt");
            Objects.requireNonNull(recordedBy, "recordedBy");
        }
    }
}
