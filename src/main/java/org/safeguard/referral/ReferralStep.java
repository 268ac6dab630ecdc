package org.safeguard.referral;

import java.time.Instant;

/** One step in a referral's life (MADE, RECEIVED, ACCEPTED, DECLINED, CLOSED, CONSENT_GIVEN...), who took it and why. */
public record ReferralStep(String step, Instant at, String by, String note) {

    /** The step in words, as the referral page shows it: "Consent refused" for CONSENT_REFUSED. */
    public String words() {
        String spaced = step.replace('_', ' ').toLowerCase();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
