/**
 * The performance dashboard: the partnership's measures against national benchmarks, computed from tallies kept
 * up to date as events arrive, never by reading every incident per page. {@link org.safeguard.insight.InsightEvents}
 * listens to intake's {@code IncidentRecorded}, {@code PartyAdded}, {@code OffenceRecorded},
 * {@code CrimeOutcomeRecorded} and {@code AttendanceRecorded}, risk's {@code RiskAssessed}, referral's
 * {@code ReferralMade} and safeguarding's {@code TaskCompleted} and {@code ContactLogged}: each keeps a fact row
 * per incident (and notes each assessment, referral, task and contact counted) and adds to the tallies the
 * difference the rules ({@code rules.IncidentTallies}) give between before and after; people are counted once per
 * month, quarter and year. {@link org.safeguard.insight.InsightRebuild} works everything out again from the source
 * modules after a bulk load: the one place this module reads other modules' tables (read-only).
 * {@link org.safeguard.insight.Insight} assembles the sections, figures and charts (definitions, benchmarks, notes)
 * from the tallies and a few live counts of other modules; {@link org.safeguard.insight.Populations} keeps the adult
 * female population per town (an administrator's figure, or the demo's synthetic one). Publishes no
 * events; nothing depends on it but {@code demo} and {@code bench}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight (performance dashboard)")
package org.safeguard.insight;
