package org.safeguard.offender;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.safeguard.access.SignedInStaff;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.offender.rules.StaffRestriction;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A person's records as the signed-in reader may read them: every record linked to the one asked for, refused
 * when a record is of the organisation's own staff and the reader is not one of those who see such records. Whether
 * a person is staff is access's {@link Restriction#STAFF_INVOLVED} restriction on any of their records (issue 10;
 * {@code offender.staff_involvement} was copied into it and is read by nothing).
 */
@Component
class ReadableRecords {

    private final PersonRecords people;
    private final PersonLinks links;
    private final RecordAccess access;

    ReadableRecords(PersonRecords people, PersonLinks links, RecordAccess access) {
        this.people = people;
        this.links = links;
        this.access = access;
    }

    /** Every record of the person (the one given included); unknown person: not found; restricted: denied. */
    Set<Long> of(long personId) {
        if (people.people(List.of(personId)).isEmpty()) {
            throw new RecordNotFound("person", personId);
        }
        Set<Long> records = links.samePerson(List.of(personId)).get(personId);
        if (!maySeeStaff() && !staffAmong(List.of(personId)).isEmpty()) {
            throw new AccessDeniedException("A restricted record: only professional standards and the specialist team see it");
        }
        return records;
    }

    /** How a page about the person is headed; unknown person: not found. */
    PersonHeading heading(long personId) {
        PersonSummary person = people.people(List.of(personId)).stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("person", personId));
        boolean restricted = !restrictedAmong(List.of(personId)).isEmpty();
        return new PersonHeading(personId, restricted ? "Restricted record" : person.fullName(), restricted);
    }

    /**
     * Of these person records, those of a member of the organisation's staff (any of their linked records
     * restricted as staff involved), with every record linked to them, whoever reads.
     */
    Set<Long> staffAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> marked = new HashSet<>();
        access.restrictionsOf(personIds).forEach((person, restrictions) -> {
            if (restrictions.contains(Restriction.STAFF_INVOLVED)) {
                marked.add(person);
            }
        });
        if (marked.isEmpty()) {
            return Set.of();
        }
        Set<Long> restricted = new HashSet<>();
        links.samePerson(marked).values().forEach(restricted::addAll);
        return restricted;
    }

    /**
     * The people among these the reader may not see named: staff-involved records (unless the reader may see them) and
     * the victims a specialist restricted that access closes to this reader; with nobody signed in (a job), every
     * restricted victim.
     */
    Set<Long> restrictedAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> hidden = new HashSet<>(maySeeStaff() ? Set.of() : staffAmong(personIds));
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInStaff) {
            hidden.addAll(access.closedAmong(RecordType.PERSON, personIds));
        } else {
            access.restrictionsOf(personIds).forEach((person, restrictions) -> {
                if (restrictions.contains(Restriction.RESTRICTED_VICTIM)) {
                    hidden.add(person);
                }
            });
        }
        return hidden;
    }

    /**
     * Whether the signed-in reader sees staff-involved records in full (access's hard rule, as
     * {@link StaffRestriction} states it); nobody signed in (a listener, a job) does not.
     */
    static boolean maySeeStaff() {
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof SignedInStaff reader && StaffRestriction.maySee(reader.roles());
    }
}
