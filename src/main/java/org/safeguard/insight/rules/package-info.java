/**
 * What the dashboard counts, as plain Java: the counters ({@link org.safeguard.insight.rules.Counter}), the tallies
 * one incident's facts give ({@link org.safeguard.insight.rules.IncidentTallies}), the tallies of an assessment,
 * referral, Victims' Code update and contact ({@link org.safeguard.insight.rules.RecordTallies}), people counted
 * once per period ({@link org.safeguard.insight.rules.PeriodPeople}) and age bands; and how the measures are worked
 * out from them: rates, per year over the days a period has run, the median from the minutes histogram
 * ({@link org.safeguard.insight.rules.Measures}, {@link org.safeguard.insight.rules.Sums}) and small numbers hidden
 * ({@link org.safeguard.insight.rules.SmallNumbers}: 1 to 4, and the next smallest where one alone would be worked
 * back). No Spring, no SQL.
 */
package org.safeguard.insight.rules;
