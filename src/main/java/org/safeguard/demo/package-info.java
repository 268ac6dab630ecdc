/**
 * Synthetic data, and only synthetic data: a deterministic generator of UK-style people (with the
 * variant records real systems accumulate), addresses and phone numbers, and of incidents among
 * their households over the three years to an "as of" moment (repeat victims, serial perpetrators,
 * families with children, people who move, neighbours in blocks of flats, callers ringing from a
 * party's phone), plus the demo agencies, teams and sign-ins. It loads the demo on the service's
 * first start and serves the {@code generate} command. People, children and warning markers are
 * written through the identity module's API and incidents through intake's {@code IncidentImport};
 * which records belong to the same real person is kept here ({@code demo.person_truth}) so that
 * record linkage can be measured against it. Publishes no events; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.safeguard.demo;
