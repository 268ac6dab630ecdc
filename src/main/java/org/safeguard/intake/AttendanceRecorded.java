package org.safeguard.intake;

import java.time.Instant;

/**
 * Officers' attendance at an incident was recorded: when they arrived against the grade's target, how many came,
 * and what they did. Attendance is recorded once per incident (a second attempt is refused), so each incident has
 * at most one; a listener that receives this again (events are redelivered) keeps the latest facts in place of
 * what it held for the incident, and never adds them twice.
 *
 * @param withinTarget whether officers arrived within the grade's response target
 *                     ({@code safeguard.intake.response-targets}); false for a grade without one
 */
public record AttendanceRecorded(long incidentId, Instant receivedAt, Grade grade, boolean domesticAbuse,
                                 Instant arrivedAt, boolean withinTarget, int officersAttending,
                                 boolean bodyWornVideo, boolean offenceDisclosed, boolean arrest, boolean dvpn) {
}
