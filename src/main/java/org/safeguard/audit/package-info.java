/**
 * The audit log: one append-only row for every sign-in, failed sign-in and every read or write of
 * personal data, written in the same transaction as the work it records. Each row carries a SHA-256
 * hash of its content chained to the previous row's hash, so altering, removing or re-ordering a row
 * is detected by {@link org.safeguard.audit.AuditTrail#verify()}. The database rejects updates and
 * deletes of the log (a trigger), so the application cannot rewrite history either.
 * Publishes no events; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.safeguard.audit;
