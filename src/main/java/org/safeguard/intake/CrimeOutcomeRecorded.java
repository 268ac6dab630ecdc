package org.safeguard.intake;

import java.time.Instant;

/**
 * An offence recorded on an incident was given its Home Office outcome, or its outcome was corrected. The
 * dashboard counts the offence under {@code outcome} and no longer under {@code previousOutcome}.
 *
 * @param previousOutcome the outcome it replaces, or null when the offence had none
 * @param domesticAbuse   whether the incident is domestic abuse (outcomes of DA crimes are what the partnership
 *                        reports)
 */
public record CrimeOutcomeRecorded(long incidentId, OffenceGroup offence, CrimeOutcome outcome,
                                   CrimeOutcome previousOutcome, boolean domesticAbuse, Instant recordedAt,
                                   String recordedBy) {
}
