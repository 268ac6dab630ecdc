/**
 * The MARAC's pages: areas (for coordinators and administrators), the coordinator's home, each meeting's agenda,
 * research and who has returned it, attendance and closing; each case's page with the coordinator's forms (move,
 * place, urgent, interim plan, equality, withdraw, transfer), its research, hearing and action plan; overdue
 * actions; the quarterly return and the meeting papers as PDF. Thin: each form becomes a call on the module's
 * facades, whose refusals come back as the GOV.UK error summary.
 */
package org.safeguard.marac.web;
