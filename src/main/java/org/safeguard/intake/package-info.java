/**
 * Incidents as they reach the police: from the control room (999 and 101), the front counter, online
 * reports and partner referrals. Owns recording an incident with its parties, location, domestic
 * abuse qualifying questions, children, immediate risk and grade; the history panel that shows every
 * earlier incident linked to a phone, an address (and other flats in the building) or a person while
 * the call is live; the intelligence checks recorded on the incident for the attending officer;
 * deployment of domestic-abuse-trained officers and attendance; supervisor oversight and close-out.
 * Other modules add sections to the history panel by implementing
 * {@link org.safeguard.intake.HistoryContributor}.
 * Publishes {@link org.safeguard.intake.IncidentRecorded} and {@link org.safeguard.intake.IncidentClosed};
 * listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.safeguard.intake;
