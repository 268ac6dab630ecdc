/**
 * People and where they live, and who is who: person records (names, date of birth, sex), addresses
 * with postcode and UPRN, phone numbers and warning markers, each carrying the agency that owns it; and
 * record linkage, which recognises records typed differently as one person.
 * <p>
 * Addresses are stored with a normalised line (capitals, no punctuation, abbreviations written out,
 * every way of writing a flat as {@code FLAT n}; see {@code address.AddressNormaliser}) and a
 * building key shared by the flats of one building, so a typed address finds its known address and
 * the other flats in its building. A typed person resolves to an existing record on the same name and
 * date of birth; otherwise a new record is made and then matched fuzzily.
 * <p>
 * <b>Record linkage.</b> The method (Fellegi–Sunter scores with weights estimated from the data, blocking,
 * thresholds) is plain Java in {@code linkage}, open to the benchmarks and the generator. In the service
 * ({@link org.safeguard.identity.PersonLinks}): a link never moves anything — records linked together share
 * a person key ({@code identity.person.person_key}, the smallest id among them), so unlinking restores both
 * records exactly with their own incidents. Pairs scored at or above {@code safeguard.identity.linkage.auto-link-from}
 * are linked automatically; pairs from {@code review-from} go to a DA_SPECIALIST's review queue; a pair judged
 * (or unlinked as) different is remembered and never proposed or joined again, nor are two people with any such
 * pair between them. A record made at intake is matched at once against the records sharing a blocking key
 * ({@code identity.person_match_key}); the whole index is linked by {@link org.safeguard.identity.LinkageRuns}
 * nightly and by {@code java -jar safeguard.jar link}, saved partition by partition so a stopped run carries on.
 * Trained models are stored by version ({@code identity.linkage_model}).
 * <p>
 * <b>The person page and confidential addresses.</b> {@link org.safeguard.identity.PersonProfiles} gives a person's
 * record cut to what access decides the reader may see (in full, shortened by {@code rules.Redaction}, or not at all)
 * and lets a DA specialist restrict a victim's record. A refuge or sanctuary address
 * ({@link org.safeguard.identity.ConfidentialKind}) restricts the record while the person lives there and stays
 * confidential after: shown only to their SPOC, IDVA and named staff, flagged on every {@link
 * org.safeguard.identity.AddressSummary}, left out of record linkage, and withheld from address searches
 * ({@link org.safeguard.identity.PersonRecords#withheldAddresses}). Implements access's {@code LinkedRecords}.
 * <p>
 * Lookups are building blocks: the module that shows their result to a person audits that read; every
 * write (and the review pages' reads) is audited here. Bulk import (generator, migrations) goes by {@code COPY};
 * imported records get their blocking keys at the next batch run.
 * <p>
 * <b>Subject access.</b> {@link org.safeguard.identity.SubjectAccessExport} assembles, for the data protection
 * officer, everything held about one person across every linked record: identity's own records (a refuge or
 * sanctuary address withheld), a section from every {@link org.safeguard.identity.SubjectAccessSection} bean (each
 * module reads its own tables) and the audit rows about all those records.
 * Publishes {@link org.safeguard.identity.PersonsLinked} and {@link org.safeguard.identity.PersonsUnlinked};
 * listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.safeguard.identity;
