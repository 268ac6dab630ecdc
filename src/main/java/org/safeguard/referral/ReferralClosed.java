package org.safeguard.referral;

import java.time.Instant;

import org.safeguard.directory.ServiceKind;

/**
 * A referral was ended by a person: closed by its sender or the service, declined by the service, or closed because
 * the victim refused consent and there was no justification to share. The MARAC module withdraws the open case of a
 * MARAC referral that ends this way. Not published when the service itself completes the referral
 * ({@code completedByService}), which the MARAC calls when a case is heard, withdrawn or joined.
 *
 * @param status CLOSED or DECLINED
 * @param reason why, in the words of the step (a declining reason or closing note), may be null
 */
public record ReferralClosed(long referralId, long victimId, ServiceKind kind, ReferralStatus status, String reason,
                             Instant at, String by) {
}
