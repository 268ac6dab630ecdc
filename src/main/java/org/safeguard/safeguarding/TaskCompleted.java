package org.safeguard.safeguarding;

import java.time.Instant;

/**
 * A task on a case was marked done by its owner (or the SPOC, a supervisor or a specialist), with what was done.
 * Published in the transaction that completes it, so a module that gave the task (a MARAC action) hears of it, and
 * the dashboard counts Victims' Code updates made on time ({@code doneAt} not after {@code dueAt}) in the case's {@code area}
 * (null when the case has none).
 */
public record TaskCompleted(long taskId, long caseId, CaseTask.Kind kind, String outcome, String doneBy,
                            Instant doneAt, Instant dueAt, String area) {
}
