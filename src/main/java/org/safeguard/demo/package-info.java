/**
 * Synthetic data, and only synthetic data: a deterministic generator of UK-style people (with the
 * variant records real systems accumulate), addresses and phone numbers, and of incidents among
 * their households over the three years to an "as of" moment (repeat victims, serial perpetrators,
 * families with children, people who move, neighbours in blocks of flats, callers ringing from a
 * party's phone), of a completed risk assessment (DASH, and the stalking or honour-based abuse
 * questions when they come up) for most victims of those that are domestic abuse, with answers that
 * follow the incident and the victim's history, of the police response to the incidents (attendance against
 * the grade's target, arrests, the Home Office outcomes of older offences), and of each such victim's case — their incidents, a SPOC
 * history played through by safeguarding's own rules (allocation by risk, the on-call supervisor out of
 * hours and the handover when the specialist team is back, now and then a change by hand), contacts by
 * the demo officer, specialist, IDVA and children's services (in a few cases too many of them in one
 * week), first-contact and Victims' Code tasks (a few overdue); closed after 12 months without an incident — and of
 * the high-risk victims' MARAC hearings over the last 15 months (repeats, action plans) — plus the demo agencies,
 * teams, sign-ins, partner services and four MARACs. It loads the demo on the service's first start and serves the
 * {@code generate} command. People, children and warning markers are written through the identity
 * module's API, incidents and their responses through intake's {@code IncidentImport}, assessments through risk's
 * {@code RiskImport}, cases through safeguarding's {@code CaseImport} and
 * hearings through marac's {@code MaracImport}; at the end of a run it records the adult women per town and has
 * insight's {@code InsightRebuild} work the dashboard's figures out again (the imports publish no events);
 * which records belong to the same real person is kept here ({@code demo.person_truth}) so that
 * record linkage can be measured against it. Publishes no events; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.safeguard.demo;
