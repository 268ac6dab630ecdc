package org.safeguard.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.PersonRestriction;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.Visibility;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.audit.RecordView;
import org.safeguard.identity.rules.ConfidentialAddresses;
import org.safeguard.identity.rules.Redaction;
import org.safeguard.identity.store.LinkStore;
import org.safeguard.identity.store.PersonStore;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person page's facade: a person's record cut to what the signed-in reader may see (access decides, part by
 * part; a locked record is refused with {@link org.safeguard.access.RecordLocked}), and a specialist restricting a
 * victim's record or lifting that restriction. Reading the record is audited {@code PERSON_VIEWED}; access audits
 * refusals and restrictions.
 */
@Service
public class PersonProfiles {

    static final String RESTRICTS = "hasRole('DA_SPECIALIST')";
    private static final int REASON_LIMIT = 1000;
    private static final int VIEWERS_SHOWN = 50;
    private static final Set<Role> SEES_VIEWERS = Set.of(Role.SUPERVISOR, Role.DA_SPECIALIST, Role.PROFESSIONAL_STANDARDS);

    private final PersonStore people;
    private final LinkStore links;
    private final RecordAccess access;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    PersonProfiles(PersonStore people, LinkStore links, RecordAccess access, StaffDirectory staff, AuditTrail audit) {
        this.people = people;
        this.links = links;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
    }

    /** The person's record as the reader may see it; audited. Unknown: {@link RecordNotFound}; locked: RecordLocked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PersonProfile profile(long personId) {
        requireExists(personId);
        AccessDecision decision = access.requireReadable(RecordType.PERSON, personId);
        PersonSummary person = people.people(List.of(personId)).get(0);
        audit.record(AuditEvent.of("PERSON_VIEWED", "person", personId));
        return new PersonProfile(personId, decision, identity(person, decision), contact(personId, decision),
                addresses(personId, decision), access.restrictionsOn(personId), viewers(personId, decision));
    }

    /** Who has seen any record of the person: for the record's owner, supervisors, DA specialists, professional standards. */
    private List<RecordView> viewers(long personId, AccessDecision decision) {
        SignedInStaff reader = SignedInStaff.current();
        boolean owner = decision.owner().filter(reader.username()::equalsIgnoreCase).isPresent();
        if (!owner && reader.roles().stream().noneMatch(SEES_VIEWERS::contains)) {
            return null;
        }
        Set<Long> records = links.samePerson(List.of(personId)).getOrDefault(personId, Set.of(personId));
        return audit.whoHasSeen("person", records.stream().map(String::valueOf).toList(), VIEWERS_SHOWN);
    }

    /**
     * Restricts a victim's record (and every record linked to it): only their SPOC, IDVA, MARAC circle, specialists
     * and the staff named see it from now on. A reason is required; named staff are usernames, comma or line separated.
     */
    @PreAuthorize(RESTRICTS)
    @Transactional
    public PersonRestriction restrict(long personId, String reason, String namedReaders) {
        requireExists(personId);
        access.requireReadable(RecordType.PERSON, personId);
        String why = reason == null ? "" : reason.strip();
        List<String> named = usernames(namedReaders);
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(!why.isEmpty(), "reason", "Enter why the record is restricted");
        check.require(why.length() <= REASON_LIMIT, "reason", "The reason must be 1,000 characters or fewer");
        List<String> unknown = named.stream().filter(u -> staff.accountByUsername(u).filter(a -> a.enabled()).isEmpty()).toList();
        check.require(unknown.isEmpty(), "namedReaders", "There is no active staff account with the username "
                + String.join(", ", unknown));
        check.require(!inForce(personId, Restriction.RESTRICTED_VICTIM), "reason",
                "This record is already restricted by a specialist: lift that restriction first to change it");
        check.throwIfAny();
        return access.restrict(personId, Restriction.RESTRICTED_VICTIM, why, named);
    }

    /** Lifts a specialist's restriction on this person's record, with a reason; the restriction stays in its history. */
    @PreAuthorize(RESTRICTS)
    @Transactional
    public void lift(long personId, long restrictionId, String reason, int version) {
        requireExists(personId);
        PersonRestriction restriction = access.restrictionsOn(personId).stream()
                .filter(r -> r.id() == restrictionId).findFirst()
                .orElseThrow(() -> new RecordNotFound("restriction", restrictionId));
        String why = reason == null ? "" : reason.strip();
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(restriction.kind() == Restriction.RESTRICTED_VICTIM, "liftReason",
                "Only a specialist's restriction is lifted here: a confidential address ends when an ordinary address is "
                        + "recorded, and professional standards lift a staff-involved restriction");
        check.require(!why.isEmpty(), "liftReason", "Enter why the restriction is lifted");
        check.require(why.length() <= REASON_LIMIT, "liftReason", "The reason must be 1,000 characters or fewer");
        check.throwIfAny();
        access.lift(restrictionId, why, version);
    }

    private boolean inForce(long personId, Restriction kind) {
        return access.restrictionsOn(personId).stream().anyMatch(r -> r.personId() == personId && r.kind() == kind);
    }

    private void requireExists(long personId) {
        if (!people.exists(personId)) {
            throw new RecordNotFound("person", personId);
        }
    }

    /** Usernames typed one to a line or separated by commas, each once, in the order typed. */
    static List<String> usernames(String typed) {
        if (typed == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        return List.copyOf(names);
    }

    private PersonProfile.Identity identity(PersonSummary person, AccessDecision decision) {
        return switch (decision.of(FieldGroup.IDENTITY)) {
            case SEEN -> {
                Set<Long> records = links.samePerson(List.of(person.id())).getOrDefault(person.id(), Set.of(person.id()));
                List<PersonSummary> others = people.people(records).stream().filter(p -> p.id() != person.id()).toList();
                yield new PersonProfile.Identity(person.fullName(), person.dateOfBirth(), null, person.sex(), others,
                        people.markers(records));
            }
            case REDACTED -> new PersonProfile.Identity(Redaction.name(person.givenName(), person.familyName()), null,
                    Redaction.born(person.dateOfBirth()), null, List.of(), List.of());
            case EXISTS_ONLY -> null;
        };
    }

    private PersonProfile.Contact contact(long personId, AccessDecision decision) {
        Visibility shown = decision.of(FieldGroup.CONTACT_DETAILS);
        if (shown == Visibility.EXISTS_ONLY) {
            return null;
        }
        List<String> phones = people.phonesOf(personId);
        return new PersonProfile.Contact(shown == Visibility.SEEN ? phones : phones.stream().map(Redaction::phone).toList());
    }

    private PersonProfile.Addresses addresses(long personId, AccessDecision decision) {
        Visibility shown = decision.of(FieldGroup.CURRENT_ADDRESS);
        if (shown == Visibility.EXISTS_ONLY) {
            return null;
        }
        boolean readsConfidential = ConfidentialAddresses.mayRead(decision.relationships());
        PersonProfile.Lived current = null;
        List<PersonProfile.Lived> previous = new ArrayList<>();
        for (PersonStore.Lived lived : people.livedAt(personId)) {
            ConfidentialKind kind = lived.confidentialKind() == null ? null : ConfidentialKind.valueOf(lived.confidentialKind());
            boolean withheld = (kind != null || lived.address().confidential()) && !readsConfidential;
            AddressSummary a = lived.address();
            String words = withheld ? null
                    : shown == Visibility.SEEN ? a.oneLine() : Redaction.district(a.town(), a.postcode());
            PersonProfile.Lived row = new PersonProfile.Lived(words, lived.from(), lived.to(), kind, withheld);
            if (lived.to() == null && current == null) {
                current = row;
            } else {
                previous.add(row);
            }
        }
        return new PersonProfile.Addresses(current, previous);
    }
}
