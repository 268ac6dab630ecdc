package org.safeguard.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.address.AddressNormaliser;
import org.safeguard.identity.store.PersonBulkStore;
import org.safeguard.identity.store.LinkStore;
import org.safeguard.identity.store.PersonStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's API. Bulk import streams records into PostgreSQL with COPY, one batch per
 * transaction, and records each batch in the audit log.
 */
@Service
public class PersonRecords {

    private final PersonBulkStore store;
    private final PersonStore people;
    private final LinkStore links;
    private final AuditTrail audit;

    PersonRecords(PersonBulkStore store, PersonStore people, LinkStore links, AuditTrail audit) {
        this.store = store;
        this.people = people;
        this.links = links;
        this.audit = audit;
    }

    /** Imports addresses owned by the agency; returns their new ids in the order given. */
    @Transactional
    public long[] importAddresses(List<NewAddress> addresses, String owningAgency) {
        long[] ids = store.copyAddresses(addresses, owningAgency);
        audit.record(AuditEvent.of("ADDRESSES_IMPORTED", "address", null)
                .because(addresses.size() + " addresses for " + owningAgency));
        return ids;
    }

    /** Imports person records (with their phones and current address) owned by the agency. */
    @Transactional
    public long[] importPeople(List<NewPerson> people, String owningAgency) {
        long[] ids = store.copyPeople(people, owningAgency);
        audit.record(AuditEvent.of("PERSON_RECORDS_IMPORTED", "person", null)
                .because(people.size() + " person records for " + owningAgency));
        return ids;
    }

    /** Imports warning markers in bulk (the generator, a migration). */
    @Transactional
    public void importMarkers(List<WarningMarker> markers, String owningAgency) {
        store.copyMarkers(markers, owningAgency);
        audit.record(AuditEvent.of("WARNING_MARKERS_IMPORTED", "person", null)
                .because(markers.size() + " markers for " + owningAgency));
    }

    @Transactional(readOnly = true)
    public List<WarningMarker> markers(Collection<Long> personIds) {
        return people.markers(personIds);
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.countPeople();
    }

    /**
     * The person record these details describe: an existing record with the same name and date of
     * birth (case aside), or a new record. Without a date of birth a name alone is never enough to
     * join someone to an existing record. A new record is matched fuzzily afterwards
     * ({@link PersonLinks#matchNewRecord}), once its phone and address are known.
     */
    @Transactional
    public ResolvedPerson resolve(PersonDetails details, String owningAgency) {
        String given = details.givenName().strip();
        String family = details.familyName().strip();
        if (details.dateOfBirth() != null) {
            List<PersonSummary> same = people.named(given, family, details.dateOfBirth(), 1);
            if (!same.isEmpty()) {
                return new ResolvedPerson(same.get(0).id(), false);
            }
        }
        long id = people.insertPerson(given, family, details.dateOfBirth(),
                details.sex() == null ? Sex.NOT_KNOWN : details.sex(), "SAFEGUARD", owningAgency);
        audit.record(AuditEvent.of("PERSON_CREATED", "person", id));
        refreshMatchKeys(id);
        return new ResolvedPerson(id, true);
    }

    /** Records that the person uses this phone number (once per number). */
    @Transactional
    public void addPhone(long personId, String typedNumber, String owningAgency) {
        String number = PhoneNumbers.normalise(typedNumber);
        if (!number.isEmpty()) {
            people.addPhoneIfNew(personId, number, typedNumber.strip(), owningAgency);
            audit.record(AuditEvent.of("PERSON_PHONE_RECORDED", "person", personId));
            refreshMatchKeys(personId);
        }
    }

    /** Records that the person lives (or lived from the date) at the address. */
    @Transactional
    public void addAddress(long personId, long addressId, LocalDate from, String owningAgency) {
        people.linkAddressIfNew(personId, addressId, from, owningAgency);
        audit.record(AuditEvent.of("PERSON_ADDRESS_RECORDED", "person", personId));
        refreshMatchKeys(personId);
    }

    /** Keeps the record's blocking keys current, so a record typed later finds it as a candidate. */
    private void refreshMatchKeys(long personId) {
        links.replaceMatchKeys(links.linkRecords(List.of(personId)));
    }

    /**
     * The known address these words and postcode describe (after normalising case, spacing, flat and
     * abbreviation variants), or a new address. The postcode must already be valid.
     */
    @Transactional
    public AddressSummary resolveAddress(String typedLine, String town, String postcode, String owningAgency) {
        String stored = Postcodes.normalise(postcode).orElseThrow(() -> new IllegalArgumentException("invalid postcode"));
        AddressNormaliser.Normalised normalised = AddressNormaliser.normalise(typedLine, null);
        return people.addressMatching(stored, normalised.line()).orElseGet(() -> {
            long id = people.insertAddress(typedLine.strip(), null, town == null ? "" : town.strip(), stored, owningAgency);
            audit.record(AuditEvent.of("ADDRESS_CREATED", "address", id));
            return people.addresses(List.of(id)).get(0);
        });
    }

    // The lookups below are building blocks for other modules' searches. They record nothing in the
    // audit log themselves: the module that shows the result to a person records that read.

    /** Person records with exactly this name and, when given, date of birth; given name optional. */
    @Transactional(readOnly = true)
    public List<PersonSummary> named(String givenName, String familyName, LocalDate dateOfBirth, int limit) {
        return people.named(blankToNull(givenName), familyName.strip(), dateOfBirth, limit);
    }

    @Transactional(readOnly = true)
    public List<Long> withPhone(String typedNumber, int limit) {
        String number = PhoneNumbers.normalise(typedNumber);
        return number.length() < 6 ? List.of() : people.withPhone(number, limit);
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> people(Collection<Long> ids) {
        return people.people(ids);
    }

    /** The known address matching the typed line: with a postcode, the one at that postcode; without, any. */
    @Transactional(readOnly = true)
    public List<AddressSummary> addressesMatching(String typedLine, String postcode, int limit) {
        String line = AddressNormaliser.normalise(typedLine, null).line();
        if (line.isEmpty()) {
            return List.of();
        }
        Optional<String> stored = Postcodes.normalise(postcode);
        return stored.map(p -> people.addressMatching(p, line).stream().toList())
                .orElseGet(() -> people.addressesMatching(line, limit));
    }

    /** Every address in the same building (same postcode and building), the address itself included. */
    @Transactional(readOnly = true)
    public List<AddressSummary> sameBuilding(long addressId, int limit) {
        return people.sameBuilding(addressId, limit);
    }

    @Transactional(readOnly = true)
    public List<AddressSummary> addresses(Collection<Long> ids) {
        return people.addresses(ids);
    }

    @Transactional(readOnly = true)
    public List<Long> livingAt(Collection<Long> addressIds, int limit) {
        return people.livingAt(addressIds, limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The record a description resolved to, and whether it was made just now. */
    public record ResolvedPerson(long id, boolean created) {
    }
}
