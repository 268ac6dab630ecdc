package org.safeguard.offender;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.access.SignedInStaff;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.offender.rules.StaffRestriction;
import org.safeguard.offender.store.StaffInvolvementStore;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A person's records as the signed-in reader may read them: every record linked to the one asked for, refused
 * when a record is of the organisation's own staff and the reader is not one of those who see such records.
 */
@Component
class ReadableRecords {

    private final PersonRecords people;
    private final PersonLinks links;
    private final StaffInvolvementStore staff;

    ReadableRecords(PersonRecords people, PersonLinks links, StaffInvolvementStore staff) {
        this.people = people;
        this.links = links;
        this.staff = staff;
    }

    /** Every record of the person (the one given included); unknown person: not found; restricted: denied. */
    Set<Long> of(long personId) {
        if (people.people(List.of(personId)).isEmpty()) {
            throw new RecordNotFound("person", personId);
        }
        Set<Long> records = links.samePerson(List.of(personId)).get(personId);
        if (!staff.staffAmong(records).isEmpty() && !maySeeStaff()) {
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
     * Of these person records and every record linked to them, those of a member of the organisation's staff
     * (a person any of whose records is marked), whoever reads.
     */
    Set<Long> staffAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Map<Long, Set<Long>> samePerson = links.samePerson(personIds);
        Set<Long> everyRecord = new HashSet<>();
        samePerson.values().forEach(everyRecord::addAll);
        Set<Long> marked = staff.staffAmong(everyRecord);
        Set<Long> restricted = new HashSet<>();
        samePerson.values().stream().filter(same -> !java.util.Collections.disjoint(same, marked)).forEach(restricted::addAll);
        return restricted;
    }

    /** As {@link #staffAmong}, but empty for a reader who may see staff-involved records. */
    Set<Long> restrictedAmong(Collection<Long> personIds) {
        return maySeeStaff() ? Set.of() : staffAmong(personIds);
    }

    /** Whether the signed-in reader sees staff-involved records in full; nobody signed in (a listener, a job) does not. */
    static boolean maySeeStaff() {
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof SignedInStaff reader && StaffRestriction.maySee(reader.roles());
    }
}
