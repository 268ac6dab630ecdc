/**
 * The MARAC (multi-agency risk assessment conference): areas with their monthly schedule, capacity, chair,
 * coordinator and core agencies; meetings; the agenda, which MARAC referrals (referral's
 * {@code ReferralMade} of kind MARAC) join at the next meeting of the victim's area with space; repeats (a
 * victim referred again within 12 months of their last MARAC referral, linked to that case); urgent cases and their interim
 * safety plan; each agency's research before the meeting; attendance, the IDVA's account for the victim,
 * minutes and the action plan, whose actions are tasks on their owners' boards (safeguarding); overdue actions
 * for the chair; transfers to another area (the receiving circle reads the earlier case, not the other way); the agenda and action plan as PDF and the quarterly data return as
 * CSV. Research and minutes are need to know: the area's representatives, the meeting's attendees, the
 * coordinator, the chair, and the victim's IDVA and SPOC, and the access policy must agree (issue 10); every view is
 * audited. Tells access who sits at a person's MARAC ({@code MaracRelationships}: MARAC_ATTENDEE, the MARAC working
 * with them); the agenda and its papers print a restricted name as "Restricted record" and never a confidential
 * address ({@code PrintedPeople}). Listens to referral's
 * {@code ReferralMade} and {@code ReferralClosed} and safeguarding's {@code TaskCompleted}; takes on and completes the
 * MARAC referrals it hears ({@code Referrals.takenOnByService}, {@code completedByService}). Adds "MARAC" to the
 * board (my coming meetings, research my agency owes, my victims' cases) and to the history panel, and lets a MARAC's
 * coordinator and chair cancel the tasks its actions gave ({@code ActionTaskGiver}). Gives the dashboard the cases
 * heard in any period, counted by the quarterly return's rules ({@code MaracReturns.figures}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "MARAC")
package org.safeguard.marac;
