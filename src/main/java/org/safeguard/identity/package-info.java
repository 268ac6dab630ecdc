/**
 * People and where they live: person records (names, date of birth, sex), addresses with postcode
 * and UPRN, and phone numbers, each carrying the agency that owns it. Today it takes records in
 * bulk (from the synthetic data generator or a migration) and counts them; the intake and
 * record-linkage work adds search, matching and merging. Every write is recorded in the audit log.
 * Publishes no events yet ({@code PersonsLinked} comes with record linkage); listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.safeguard.identity;
