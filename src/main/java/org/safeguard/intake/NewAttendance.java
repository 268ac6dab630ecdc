package org.safeguard.intake;

import java.time.Instant;

/** Attendance as the officer records it; checked against the incident's dispatch time. */
public record NewAttendance(Instant arrivedAt, Integer officersAttending, boolean bodyWornVideo,
                            boolean offenceDisclosed, boolean arrest, boolean dvpn, boolean referral,
                            boolean safetyAdvice, String noArrestReason) {
}
