/**
 * Referrals of victims to partner services. Routing rules kept as data (versioned; an administrator publishes a
 * new version; each referral records the rule and version that made it) run on risk's {@code RiskAssessed} and
 * intake's {@code IncidentRecorded}: high risk to MARAC and the IDVA service, children to children's services,
 * honour-based abuse to the specialist service, a victim aged 16 or 17 to the young people's service, stalking to
 * stalking advocacy, standard and medium risk to the victim care hub, and a victim referred to MARAC in the last 12
 * months back to MARAC (a repeat). A rule refers once while a referral of its kind is open, or (children's services)
 * once per incident. A referral no service in the area can take is listed on the sender's board. Rules that leave a
 * high-risk victim without MARAC and IDVA are refused. Staff also refer by hand. Each referral goes
 * made, received, accepted (with the worker assigned) or declined (with a reason), closed; consent is recorded,
 * and a high-risk referral without consent needs the justification for sharing. Overdue referrals (past the
 * service's SLA) and declined referrals of high-risk victims (until the sender closes them) appear on the sender's
 * board. Only a MARAC coordinator answers a MARAC referral. Publishes {@link org.safeguard.referral.ReferralMade} and
 * {@link org.safeguard.referral.ReferralClosed}. Gives the dashboard each IDVA service's caseload
 * ({@code Referrals.idvaCaseloads}). Need to know (issue 10): tells access who a victim's IDVA and their team are,
 * and which services work with the victim ({@code ReferralRelationships}); a referral is read only when the access
 * policy opens the victim's REFERRAL record, and lists show a closed victim as "Restricted record".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.safeguard.referral;
