/**
 * The directory of partner services a victim can be referred to: children's services (MASH), the IDVA service,
 * the MARAC, specialist honour-based abuse, stalking and young people's services, the victim care hub, refuges
 * and housing. Each entry names its agency, the areas it covers, what it offers, how to refer, its hours and how
 * soon it answers a referral (its SLA), and optionally its full-time workers (the dashboard's IDVA caseload per
 * worker). Read by every member of staff; kept by administrators.
 * {@link org.safeguard.directory.ServiceDirectory} is the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner services")
package org.safeguard.directory;
