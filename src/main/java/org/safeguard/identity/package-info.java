/**
 * People and where they live: person records (names, date of birth, sex), addresses with postcode
 * and UPRN, phone numbers and warning markers, each carrying the agency that owns it.
 * Addresses are stored with a normalised line (capitals, no punctuation, abbreviations written out,
 * every way of writing a flat as {@code FLAT n}; see {@code address.AddressNormaliser}) and a
 * building key shared by the flats of one building, so a typed address finds its known address and
 * the other flats in its building. A typed person resolves to an existing record only on the same
 * name and date of birth (record linkage, issue 4, makes this fuzzy); otherwise a new record.
 * Lookups are building blocks: the module that shows their result to a person audits that read;
 * every write is audited here. Bulk import (generator, migrations) goes by {@code COPY}.
 * Publishes no events yet ({@code PersonsLinked} comes with record linkage); listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.safeguard.identity;
