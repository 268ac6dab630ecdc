package org.safeguard.referral;

/**
 * One IDVA service's caseload for the dashboard: its full-time-equivalent workers (from the directory; null
 * when not given), the referrals it has accepted and not closed (the live caseload) and the referrals it
 * received in the period asked about.
 */
public record IdvaCaseload(long serviceId, String serviceName, Double fullTimeWorkers, long openCases,
                           long referralsReceived) {
}
