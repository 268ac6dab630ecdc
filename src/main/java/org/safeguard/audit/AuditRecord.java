package org.safeguard.audit;

import java.time.Instant;

/** One row of the audit log, as shown to those allowed to read it. */
public record AuditRecord(long seq, Instant occurredAt, String username, String agency, String action,
                          String subjectType, String subjectId, String reason, String requestId) {
}
