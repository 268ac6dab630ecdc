package org.safeguard.notify;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonRecords;
import org.safeguard.notify.rules.SafeContactRules;
import org.safeguard.notify.store.SafeContactStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notify module's API for a person's safe contact preferences (SafeLives DASH guidance: the safe
 * number, safe times, whether voicemail and texts are safe, a code word, methods never to use). One record
 * per person, shared by every agency and saved on a version, so one agency's change is never silently
 * overwritten by another's. Every read and write is audited.
 */
@Service
public class SafeContacts {

    static final String WRITES = "hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST','IDVA','PARTNER','MARAC_COORDINATOR')";
    static final String READS = "hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR','DA_SPECIALIST','IDVA','PARTNER',"
            + "'MARAC_COORDINATOR')";

    private final SafeContactStore store;
    private final PersonRecords people;
    private final AuditTrail audit;
    private final Clock clock;
    private final SafeContactAccess access;

    SafeContacts(SafeContactStore store, PersonRecords people, AuditTrail audit, Clock clock, SafeContactAccess access) {
        this.access = access;
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's safe contact preferences, if any have been agreed. */
    @PreAuthorize(READS)
    @Transactional
    public Optional<SafeContact> of(long personId) {
        access.requireSeen(personId);
        Optional<SafeContact> found = store.find(personId);
        audit.record(AuditEvent.of("SAFE_CONTACT_VIEWED", "person", personId));
        return found;
    }

    /**
     * Saves the preferences agreed with the victim. {@code version} is the version the user opened: -1 or 0
     * when there were none. A stale version is a {@link ConcurrentEdit} and saves nothing; bad input is an
     * {@link org.safeguard.platform.InvalidRequest} naming the fields ({@link SafeContactRules#validate}).
     */
    @PreAuthorize(WRITES)
    @Transactional
    public SafeContact save(long personId, NewSafeContact typed, int version) {
        access.requireSeen(personId);
        SignedInStaff staff = SignedInStaff.current();
        NewSafeContact checked = SafeContactRules.validate(typed);
        if (people.people(List.of(personId)).isEmpty()) {
            throw new RecordNotFound("person", personId);
        }
        boolean saved = version <= 0
                ? store.insert(personId, checked, staff.username(), clock.instant(), staff.agencyCode())
                : store.update(personId, checked, staff.username(), clock.instant(), version);
        if (!saved) {
            throw new ConcurrentEdit("This person's safe contact details");
        }
        audit.record(AuditEvent.of("SAFE_CONTACT_SAVED", "person", personId));
        return store.find(personId).orElseThrow();
    }
}
