package org.safeguard.referral;

/**
 * A referral made by hand, as typed: the victim (an identity person id), the service (a directory id), why,
 * the consent and, where consent is refused for a high-risk victim, why sharing is justified.
 */
public record NewReferral(long victimId, String serviceId, Long incidentId, String reason, String consent,
                          String sharingJustification) {
}
