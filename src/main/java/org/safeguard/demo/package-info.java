/**
 * Synthetic data, and only synthetic data: a deterministic generator of UK-style people (with the
 * variant records real systems accumulate), addresses and phone numbers, plus the demo agencies,
 * teams and sign-ins. It loads the demo on the service's first start and serves the
 * {@code generate} command. Generated people are written through the identity module's API;
 * which records belong to the same real person is kept here ({@code demo.person_truth}) so that
 * record linkage can be measured against it. Publishes no events; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.safeguard.demo;
