package org.safeguard.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.address.AddressNormaliser;
import org.safeguard.identity.rules.ConfidentialAddresses;
import org.safeguard.identity.store.PersonBulkStore;
import org.safeguard.identity.store.LinkStore;
import org.safeguard.identity.store.PersonStore;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's API. Bulk import streams records into PostgreSQL with COPY, one batch per
 * transaction, and records each batch in the audit log.
 */
@Service
public class PersonRecords {

    /** Who may record where a person lives now. */
    static final String RECORDS_ADDRESSES = "hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST','IDVA','PARTNER')";
    private static final int REASON_LIMIT = 1000;

    private final PersonBulkStore store;
    private final PersonStore people;
    private final LinkStore links;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    PersonRecords(PersonBulkStore store, PersonStore people, LinkStore links, RecordAccess access, AuditTrail audit,
                  Clock clock) {
        this.store = store;
        this.people = people;
        this.links = links;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
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

    /**
     * Records that the person now lives at a refuge or sanctuary address: their current address ends today, the new
     * one is added as confidential, and the record is restricted ({@code CONFIDENTIAL_ADDRESS}: the address shown only
     * to their SPOC, IDVA and named specialists, never printed or exported) in the same transaction. The reader must
     * see the person's current address. The address itself is never written to the audit log.
     */
    @PreAuthorize(RECORDS_ADDRESSES)
    @Transactional
    public void recordConfidentialAddress(long personId, NewAddress address, ConfidentialKind kind, String reason) {
        String why = reason == null ? "" : reason.strip();
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(kind != null, "kind", "Select what kind of address this is");
        check.require(!why.isEmpty(), "reason", "Enter why the address is confidential");
        check.require(why.length() <= REASON_LIMIT, "reason", "The reason must be 1,000 characters or fewer");
        long addressId = moveTo(personId, address, check, kind);
        // Moving from one refuge to another: the restriction on the person (any of their records) stays as it is.
        boolean inForce = access.restrictionsOn(personId).stream()
                .anyMatch(r -> r.kind() == Restriction.CONFIDENTIAL_ADDRESS);
        if (!inForce) {
            access.restrict(personId, Restriction.CONFIDENTIAL_ADDRESS, why, List.of());
        }
        audit.record(AuditEvent.of("PERSON_CONFIDENTIAL_ADDRESS_RECORDED", "person", personId)
                .because(kind.label()));
    }

    /**
     * Records the person's new, ordinary home address: the current one ends today. A confidential address restriction
     * on the record is lifted (the person has left the refuge; the refuge's address stays confidential on the page).
     */
    @PreAuthorize(RECORDS_ADDRESSES)
    @Transactional
    public void recordCurrentAddress(long personId, NewAddress address) {
        long addressId = moveTo(personId, address, new InvalidRequest.Check(), null);
        try {
            access.restrictionsOn(personId).stream()
                    .filter(r -> r.personId() == personId && r.kind() == Restriction.CONFIDENTIAL_ADDRESS)
                    .forEach(r -> access.lift(r.id(), "An ordinary current address was recorded", r.version()));
        } catch (AccessDeniedException mayNotLift) {
            // Nothing is kept: the new address is rolled back with the refusal.
            throw InvalidRequest.of("line1", "The person lives at a confidential address: only their SPOC, IDVA, a "
                    + "specialist or the refuge can record that they have moved on");
        }
        audit.record(AuditEvent.of("PERSON_ADDRESS_RECORDED", "person", personId).because("current address " + addressId));
    }

    /** Checks the address typed (adding to the problems found so far), ends the current address and adds this one. */
    private long moveTo(long personId, NewAddress address, InvalidRequest.Check check, ConfidentialKind kind) {
        String line1 = address == null || address.line1() == null ? "" : address.line1().strip();
        String town = address == null || address.town() == null ? "" : address.town().strip();
        Optional<String> postcode = Postcodes.normalise(address == null ? null : address.postcode());
        check.require(!line1.isEmpty(), "line1", "Enter the first line of the address");
        check.require(line1.length() <= 200, "line1", "The first line must be 200 characters or fewer");
        check.require(address == null || address.line2() == null || address.line2().strip().length() <= 200, "line2",
                "The second line must be 200 characters or fewer");
        check.require(!town.isEmpty(), "town", "Enter the town");
        check.require(town.length() <= 100, "town", "The town must be 100 characters or fewer");
        check.require(postcode.isPresent(), "postcode", "Enter a real postcode, like SG1 2AB");
        check.throwIfAny();
        if (!people.exists(personId)) {
            throw new RecordNotFound("person", personId);
        }
        if (!access.requireReadable(RecordType.PERSON, personId).sees(FieldGroup.CURRENT_ADDRESS)) {
            throw new AccessDeniedException("You cannot see this person's current address, so you cannot change it");
        }
        people.lockPerson(personId);
        String agency = SignedInStaff.current().agencyCode();
        String line2 = address.line2() == null || address.line2().isBlank() ? null : address.line2().strip();
        AddressNormaliser.Normalised normalised = AddressNormaliser.normalise(line1, line2);
        long addressId = people.addressMatching(postcode.get(), normalised.line()).map(AddressSummary::id)
                .orElseGet(() -> {
                    long id = people.insertAddress(line1, line2, town, postcode.get(), agency);
                    audit.record(AuditEvent.of("ADDRESS_CREATED", "address", id));
                    return id;
                });
        LocalDate today = LocalDate.now(clock);
        people.endCurrentAddresses(personId, today);
        people.insertLived(personId, addressId, today, kind == null ? null : kind.name(), SignedInStaff.current().username(),
                clock.instant(), agency);
        refreshMatchKeys(personId);
        return addressId;
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

    /**
     * Of these addresses, the confidential ones (a refuge, a sanctuary) the signed-in reader may not read: someone
     * was recorded living there confidentially and the reader does not see that person's address (their SPOC, IDVA,
     * named specialists do). A search must leave these out — their incidents, who lives there — and say only that a
     * confidential address was found. When the decision cannot be made (nobody signed in, a failure) it is withheld.
     */
    @Transactional(readOnly = true)
    public Set<Long> withheldAddresses(Collection<Long> addressIds) {
        Set<Long> withheld = new LinkedHashSet<>();
        people.confidentialResidents(addressIds).forEach((address, residents) -> {
            if (!residents.stream().allMatch(this::readsConfidentialAddressOf)) {
                withheld.add(address);
            }
        });
        return withheld;
    }

    private boolean readsConfidentialAddressOf(long personId) {
        try {
            AccessDecision decision = access.decide(RecordType.PERSON, personId);
            return decision.sees(FieldGroup.CURRENT_ADDRESS) && ConfidentialAddresses.mayRead(decision.relationships());
        } catch (RuntimeException undecided) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The record a description resolved to, and whether it was made just now. */
    public record ResolvedPerson(long id, boolean created) {
    }
}
