/**
 * Referrals of victims to partner services. Routing rules kept as data (versioned; an administrator publishes a
 * new version; each referral records the rule and version that made it) run on risk's {@code RiskAssessed} and
 * intake's {@code IncidentRecorded}: high risk to MARAC and the IDVA service, children to children's services,
 * honour-based abuse to the specialist service, a victim aged 16 or 17 to the young people's service, stalking to
 * stalking advocacy, standard and medium risk to the victim care hub. Staff also refer by hand. Each referral goes
 * made, received, accepted (with the worker assigned) or declined (with a reason), closed; consent is recorded,
 * and a high-risk referral without consent needs the justification for sharing. Overdue referrals (past the
 * service's SLA) appear on the sender's board. Publishes {@link org.safeguard.referral.ReferralMade}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.safeguard.referral;
