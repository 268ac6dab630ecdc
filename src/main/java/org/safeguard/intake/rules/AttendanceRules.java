package org.safeguard.intake.rules;

import java.time.Duration;
import java.time.Instant;

import org.safeguard.intake.NewAttendance;
import org.safeguard.platform.InvalidRequest;

/**
 * What an attendance record must satisfy. Positive action (seed 003): where an offence is disclosed,
 * arrest is normally necessary, so no arrest needs a written reason.
 */
public final class AttendanceRules {

    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    private AttendanceRules() {
    }

    public static void check(NewAttendance attendance, Instant receivedAt, Instant now) {
        new InvalidRequest.Check()
                .require(attendance.arrivedAt() != null, "arrivedAt", "Enter when officers arrived")
                .require(attendance.arrivedAt() == null || !attendance.arrivedAt().isAfter(now.plus(CLOCK_TOLERANCE)),
                        "arrivedAt", "The arrival time must be now or in the past")
                .require(attendance.arrivedAt() == null || !attendance.arrivedAt().isBefore(receivedAt), "arrivedAt",
                        "The arrival time must be after the call was received")
                .require(attendance.officersAttending() != null && attendance.officersAttending() >= 1
                        && attendance.officersAttending() <= 20, "officersAttending",
                        "Enter how many officers attended, from 1 to 20")
                .require(!attendance.offenceDisclosed() || attendance.arrest() || notBlank(attendance.noArrestReason()),
                        "noArrestReason", "An offence was disclosed and there was no arrest: give the reason")
                .require(attendance.noArrestReason() == null || attendance.noArrestReason().length() <= 1000,
                        "noArrestReason", "Reason must be 1,000 characters or fewer")
                .throwIfAny();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
