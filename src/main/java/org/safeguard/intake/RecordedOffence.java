package org.safeguard.intake;

import java.time.Instant;

/**
 * An offence recorded on an incident with its Home Office outcome, once one is recorded.
 *
 * @param outcome           null while the investigation has no outcome
 * @param outcomeRecordedAt null with it
 * @param outcomeRecordedBy null with it
 */
public record RecordedOffence(OffenceGroup offence, CrimeOutcome outcome, Instant outcomeRecordedAt,
                              String outcomeRecordedBy) {
}
