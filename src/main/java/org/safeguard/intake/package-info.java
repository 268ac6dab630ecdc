/**
 * Incidents as they reach the police: from the control room (999 and 101), the front counter, online
 * reports and partner referrals. Owns recording an incident with its parties, location, domestic
 * abuse qualifying questions, children, immediate risk and grade; the history panel that shows every
 * earlier incident linked to a phone, an address (and other flats in the building) or a person while
 * the call is live, with counter-allegations (two people each recorded as the victim of the other, linked
 * records counted as one person); the intelligence checks recorded on the incident for the attending
 * officer; deployment of domestic-abuse-trained officers and attendance; supervisor oversight and close-out.
 * Other modules add sections to the history panel by implementing
 * {@link org.safeguard.intake.HistoryContributor}. The facades ({@code Incidents}, {@code IncidentHistory},
 * {@code OfficerSkills}) name the roles that may call each method; every read and write is audited.
 * The rules (what an incident must satisfy, repeat victims, response targets, attendance, close-out)
 * live in {@code rules}, as plain Java with the force's settings from {@code safeguard.intake.*}.
 * Incidents from the generator or a migration arrive in bulk through
 * {@link org.safeguard.intake.IncidentImport} (COPY; repeat flags set, no checks run, no events), and their
 * attendances and crime outcomes after them. Each offence may carry its Home Office outcome
 * ({@link org.safeguard.intake.CrimeOutcome}).
 * Publishes {@link org.safeguard.intake.IncidentRecorded}, {@link org.safeguard.intake.PartyAdded} (a person added
 * later, with the incident as it now stands), {@link org.safeguard.intake.OffenceRecorded},
 * {@link org.safeguard.intake.CrimeOutcomeRecorded}, {@link org.safeguard.intake.AttendanceRecorded} and
 * {@link org.safeguard.intake.IncidentClosed};
 * listens to none. Need to know (issue 10): the incident page decides on each party as an incident record — a closed
 * party is "Restricted record" with a request-access link, a redacted one an initial and family name
 * ({@link org.safeguard.intake.PartyRedaction}); the caller, summary and checks never name them, other modules'
 * sections get the parties as seen, and a party's confidential address is withheld from all but those responding;
 * the API answers an incident in full or not at all; who has seen it is shown to its recorder, supervisors,
 * specialists and professional standards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.safeguard.intake;
