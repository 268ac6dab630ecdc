/**
 * The victim's case (HMIC: ownership moved between officers; nobody knew who was responsible for
 * standard and medium risk victims; victims were contacted too often or not at all; releases were not
 * passed on). Owns one open case per victim, opened by their first domestic abuse incident and joined by
 * later ones; exactly one named single point of contact (SPOC) at every moment — a NOT NULL column on the
 * case, changed only by replacing it, each change recorded with who, when, why and a handover note;
 * allocation by risk ({@code rules.SpocAllocation}: high risk to the specialist team in its working hours
 * ({@code rules.SpecialistHours}, England and Wales bank holidays in {@code rules.BankHolidays}), the
 * on-call supervisor out of hours until the team is back and the case is handed over by itself; medium
 * and standard to the investigating officer); one contact log across agencies with a warning when too
 * many people contact the victim ({@code rules.ContactWarning}); the safety plan; tasks with one owner and
 * one due time, Victims' Code deadlines in working days ({@code rules.WorkingDays}), escalation of
 * overdue tasks to a supervisor; boards; and the neighbourhood briefing. Listens to
 * {@code IncidentRecorded}, {@code RiskAssessed}, {@code ReassessmentRequested} and the offender module's
 * {@code CustodyDecision} (tell the victim, review the risk), {@code OrderExpiring} and {@code OrderEndedEarly}.
 * Adds "Named SPOC" to the history panel and "Victim's case" to each incident's page. The case page
 * warns of a counter-allegation (intake) and of another open case of the same victim under a linked
 * record (identity's record linkage), so one person ends with one case and one SPOC. Publishes
 * {@code TaskCompleted} when a task is marked done (the MARAC hears that an action's owner finished it) and
 * {@code ContactLogged} when a contact is logged (the dashboard counts contacts per victim), and gives the dashboard
 * the journey now ({@code Cases.journeyNow}: open cases from counts its triggers keep by area, overdue tasks). Other
 * modules add to it without it knowing them: {@code BoardSectionContributor} beans add sections to the board
 * (referrals overdue or declined, MARAC work) and {@code TaskGiver} beans say who else may cancel a task they gave
 * (a MARAC's coordinator or chair). Need to know (issue 10): {@code CaseRelationships} tells access who is the
 * victim's SPOC, in the SPOC's team or in the case's area, and that the SPOC owns the record; the case page and every
 * write on a case first require the victim's case to be readable, and the facade redacts contacts, handover notes,
 * the safety plan and the risk level by field group ({@code CaseRedaction}); boards and the printed briefing name a
 * restricted victim as "Restricted record". Facade: {@code Cases}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safeguarding")
package org.safeguard.safeguarding;
