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
    private static final int VIEWERS_SHOWN = 50;
    private static final Set<Role> SEES_VIEWERS = Set.of(Role.SUPERVISOR, Role.DA_SPECIALIST, Role.PROFESSIONAL_STANDARDS);

    private final PersonStore people;
    private final LinkStore links;
    private final RecordAccess access;
    private final AuditTrail audit;

    PersonProfiles(PersonStore people, LinkStore links, RecordAccess access, AuditTrail audit) {
        this.people = people;
        this.links = links;
        this.access = access;
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
                addresses(personId, decision), restrictionsAsSeen(personId, decision), viewers(personId, decision));
    }

    /** The restrictions in force; why a confidential address was recorded is read only by those who read the address. */
    private List<PersonRestriction> restrictionsAsSeen(long personId, AccessDecision decision) {
        return access.restrictionsOn(personId).stream()
                .map(r -> r.kind() == Restriction.CONFIDENTIAL_ADDRESS && !decision.sees(FieldGroup.CURRENT_ADDRESS)
                        ? new PersonRestriction(r.id(), r.personId(), r.kind(), "Withheld: only the victim's SPOC, IDVA and "
                                + "named staff read why", r.markedBy(), r.markedAt(), r.namedReaders(), r.version())
                        : r)
                .toList();
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
        // Access checks the reason, the named staff and that no such restriction is in force already.
        return access.restrict(personId, Restriction.RESTRICTED_VICTIM, reason, usernames(namedReaders));
    }

    /** Lifts a specialist's restriction on this person's record, with a reason; the restriction stays in its history. */
    @PreAuthorize(RESTRICTS)
    @Transactional
    public void lift(long personId, long restrictionId, String reason, int version) {
        requireExists(personId);
        PersonRestriction restriction = access.restrictionsOn(personId).stream()
                .filter(r -> r.id() == restrictionId).findFirst()
                .orElseThrow(() -> new RecordNotFound("restriction", restrictionId));
        if (restriction.kind() != Restriction.RESTRICTED_VICTIM) {
            throw InvalidRequest.of("reason", "Only a specialist's restriction is lifted here: a confidential address ends "
                    + "when an ordinary address is recorded, and professional standards lift a staff-involved restriction");
        }
        access.lift(restrictionId, reason, version);
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
