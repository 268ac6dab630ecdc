package org.safeguard.intake;

import java.time.Instant;

/** What happened when officers arrived, including the positive action taken (or why there was no arrest). */
public record Attendance(Instant arrivedAt, int officersAttending, boolean bodyWornVideo, boolean offenceDisclosed,
                         boolean arrest, boolean dvpn, boolean referral, boolean safetyAdvice, String noArrestReason,
                         String recordedBy) {

    public boolean twoOfficers() {
        return officersAttending >= 2;
    }

    public boolean positiveActionTaken() {
        return arrest || dvpn || referral || safetyAdvice;
    }
}
