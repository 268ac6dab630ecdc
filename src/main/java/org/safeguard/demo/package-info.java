/**
 * Synthetic data, and only synthetic data: a deterministic generator of UK-style people (with the
 * variant records real systems accumulate), addresses and phone numbers, and of incidents among
 * their households over the three years to an "as of" moment (repeat victims, serial perpetrators,
 * families with children, people who move, neighbours in blocks of flats, callers ringing from a
 * party's phone), of a completed risk assessment (DASH, and the stalking or honour-based abuse
 * questions when they come up) for most victims of those that are domestic abuse, with answers that
 * follow the incident and the victim's history, plus the demo agencies, teams and sign-ins. It loads
 * the demo on the service's first start and serves the {@code generate} command. People, children and
 * warning markers are written through the identity module's API, incidents through intake's
 * {@code IncidentImport} and assessments through risk's {@code RiskImport};
 * which records belong to the same real person is kept here ({@code demo.person_truth}) so that
 * record linkage can be measured against it. Publishes no events; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.safeguard.demo;
