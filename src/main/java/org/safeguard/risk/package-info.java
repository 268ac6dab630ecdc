/**
 * Risk assessment of domestic abuse victims. Owns the instruments as versioned YAML data files
 * ({@code src/main/resources/risk/instruments/}: the police DASH, the stalking and harassment and the
 * honour-based abuse questions, in the project's own words; administrators may upload new versions, and
 * each assessment keeps the version it was made with); completing an assessment for each victim of a
 * domestic abuse incident, page by page with saving part-way; scoring as a pure function
 * ({@code rules.RiskScoring}: Yes count, suggested level from the bands in {@code safeguard.risk.*},
 * professional judgement that may raise the level with a rationale and never lower it — also enforced by
 * a database constraint — and the SafeLives MARAC criteria, potential escalation counted from intake's
 * incident history by {@code rules.EscalationRule}); the victim's risk over time; the completion audit;
 * and weekly dip sampling (HMIC recommendation 7: a reproducible draw with a recorded seed, reviews by a
 * specialist other than the assessor, agreement and Cohen's kappa in {@code rules.ReviewerAgreement},
 * upgrades opening a re-assessment). Adds the "Risk" section to intake's history panel and the "Risk
 * assessment" section to each incident's page. Facades: {@code RiskAssessments}, {@code Instruments},
 * {@code DipSamples}, {@code RiskReports}, {@code RiskImport} (bulk, for the generator). Publishes
 * {@link org.safeguard.risk.RiskAssessed} and {@link org.safeguard.risk.ReassessmentRequested}; listens
 * to none. Need to know (issue 10): an assessment and the risk timeline show the victim's risk as their person record
 * decides it — in full, the level only (no answers, counts or victim's words), or locked; an assessor always sees
 * their own assessment ({@code AssessmentRedaction}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.safeguard.risk;
