/**
 * The audit log: one append-only row for every sign-in, failed sign-in and every read or write of
 * personal data, written in the same transaction as the work it records. Each row carries a SHA-256
 * hash of its content chained to the previous row's hash, so altering, removing or re-ordering a row
 * is detected by {@link org.safeguard.audit.AuditTrail#verify()}. The database rejects updates and
 * deletes of the log (a trigger), so the application cannot rewrite history either.
 * <p>
 * Reading the log: {@code AuditTrail.whoHasSeen} lists who read or changed given records (by
 * {@code event_subject_idx}; the calling page decides who may see the list), the {@code audit/fragments ::
 * whoHasSeen} fragment shows it, and {@code /audit/activity} is professional standards' report of one user's
 * actions over at most 90 days (CSV guarded against spreadsheet formulas). Each reading is itself recorded.
 * Actions are shown in words from {@code rules.ActionWords}.
 * Publishes no events; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.safeguard.audit;
