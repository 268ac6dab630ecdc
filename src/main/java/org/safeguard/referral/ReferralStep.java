package org.safeguard.referral;

import java.time.Instant;

/** One step in a referral's life (MADE, RECEIVED, ACCEPTED, DECLINED, CLOSED, CONSENT_GIVEN...), who took it and why. */
public record ReferralStep(String step, Instant at, String by, String note) {
}
