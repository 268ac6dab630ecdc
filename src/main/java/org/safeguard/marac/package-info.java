/**
 * The MARAC (multi-agency risk assessment conference): areas with their monthly schedule, capacity, chair,
 * coordinator and core agencies; meetings; the agenda, which MARAC referrals (referral's
 * {@code ReferralMade} of kind MARAC) join at the next meeting of the victim's area with space; repeats (a
 * victim re-referred within 12 months of their last hearing, linked to it); urgent cases and their interim
 * safety plan; each agency's research before the meeting; attendance, the IDVA's account for the victim,
 * minutes and the action plan, whose actions are tasks on their owners' boards (safeguarding); overdue actions
 * for the chair; transfers to another area; the agenda and action plan as PDF and the quarterly data return as
 * CSV. Research and minutes are need to know: the area's representatives, the meeting's attendees, the
 * coordinator, the chair, and the victim's IDVA and SPOC; every view is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "MARAC")
package org.safeguard.marac;
