/**
 * What the dashboard counts, as plain Java: the counters ({@link org.safeguard.insight.rules.Counter}), the tallies
 * one incident's facts give ({@link org.safeguard.insight.rules.IncidentTallies}), the tallies of an assessment,
 * referral, Victims' Code update and contact ({@link org.safeguard.insight.rules.RecordTallies}), people counted
 * once per period ({@link org.safeguard.insight.rules.PeriodPeople}) and age bands. No Spring, no SQL.
 */
package org.safeguard.insight.rules;
