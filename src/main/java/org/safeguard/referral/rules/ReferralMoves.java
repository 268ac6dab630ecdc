package org.safeguard.referral.rules;

import org.safeguard.platform.InvalidRequest;
import org.safeguard.referral.Consent;
import org.safeguard.referral.ReferralStatus;

/**
 * The lifecycle of a referral: made, received by the service, accepted (with the worker) or declined (with a
 * reason), closed (with a reason). Each rule refuses a move with words a user can act on, the same words the page
 * shows. Consent refused for a high-risk victim needs the recorded justification for sharing without it.
 */
public final class ReferralMoves {

    public static final int MAX_TEXT = 2000;

    private ReferralMoves() {
    }

    public static void receiveFrom(ReferralStatus status) {
        refuseUnless(status == ReferralStatus.MADE, "status", status == ReferralStatus.RECEIVED
                ? "This referral has already been received" : "This referral is " + words(status) + ": it cannot be received");
    }

    /** Accepting straight from made is allowed: the service received it as it accepted it. */
    public static void acceptFrom(ReferralStatus status, String worker) {
        refuseUnless(status.awaitingAnswer(), "status", "This referral is " + words(status) + ": it cannot be accepted");
        refuseUnless(worker != null && !worker.isBlank(), "assignedTo", "Select the worker who takes the referral on");
    }

    public static void declineFrom(ReferralStatus status, String reason) {
        refuseUnless(status.awaitingAnswer(), "status", "This referral is " + words(status) + ": it cannot be declined");
        text(reason, "declineReason", "Enter why the service declines the referral");
    }

    /** A declined referral may be closed too: its sender acknowledges the service's answer (so it leaves their board). */
    public static void closeFrom(ReferralStatus status, String reason) {
        refuseUnless(status != ReferralStatus.CLOSED, "status",
                "This referral is " + words(status) + ": there is nothing to close");
        text(reason, "closeReason", "Enter why the referral is closed");
    }

    /**
     * Consent may be recorded while the referral is open. Refused for a high-risk victim needs the justification for
     * sharing without consent (the referral goes ahead); refused otherwise closes the referral.
     */
    public static void recordConsent(ReferralStatus status, Consent consent, boolean highRisk, String justification) {
        refuseUnless(status != ReferralStatus.CLOSED && status != ReferralStatus.DECLINED, "status",
                "This referral is " + words(status) + ": its consent can no longer be changed");
        refuseUnless(consent != null, "consent", "Select whether the victim gave consent");
        sharing(consent, highRisk, justification);
    }

    /** Refused consent on a high-risk victim: the justification for sharing is required (and not too long). */
    public static void sharing(Consent consent, boolean highRisk, String justification) {
        if (consent == Consent.REFUSED && highRisk) {
            text(justification, "sharingJustification",
                    "The victim is high risk and refused consent: enter why sharing without consent is justified");
        }
    }

    /** Refused consent closes a referral unless the victim is high risk (where it is shared with justification). */
    public static boolean refusalCloses(Consent consent, boolean highRisk) {
        return consent == Consent.REFUSED && !highRisk;
    }

    public static void text(String typed, String field, String whenMissing) {
        new InvalidRequest.Check()
                .require(typed != null && !typed.isBlank(), field, whenMissing)
                .require(typed == null || typed.strip().length() <= MAX_TEXT, field, "Enter " + MAX_TEXT + " characters or fewer")
                .throwIfAny();
    }

    private static void refuseUnless(boolean allowed, String field, String message) {
        if (!allowed) {
            throw InvalidRequest.of(field, message);
        }
    }

    private static String words(ReferralStatus status) {
        return status.label().toLowerCase();
    }
}
