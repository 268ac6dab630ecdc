/**
 * The audit log's words for people: what each recorded action means ("CASE_VIEWED" is "Viewed the case"), and the
 * limits of an activity report. Plain Java, no Spring, no SQL.
 */
package org.safeguard.audit.rules;
