package org.safeguard.directory;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.access.Agency;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.directory.rules.ServiceEntry;
import org.safeguard.directory.store.ServiceStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's API. Reading it needs no particular role (it holds no personal data and the routing of
 * referrals reads it with nobody signed in); changing it is for administrators, audited.
 */
@Service
public class ServiceDirectory {

    private final ServiceStore store;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceDirectory(ServiceStore store, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every service, active first, by kind and name. */
    @Transactional(readOnly = true)
    public List<PartnerService> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public Optional<PartnerService> find(long id) {
        return store.find(id);
    }

    /**
     * The active service of the kind for the area: one naming the area before one covering everywhere, then by
     * code. Empty when none serves it.
     */
    @Transactional(readOnly = true)
    public Optional<PartnerService> serving(ServiceKind kind, String area) {
        return store.activeOfKind(kind).stream().filter(s -> s.covers(area))
                .min(Comparator.comparing((PartnerService s) -> s.areas().isEmpty()));
    }

    /** The active services run by an agency (its staff receive their referrals). */
    @Transactional(readOnly = true)
    public List<PartnerService> runBy(String agencyCode) {
        return agencyCode == null ? List.of() : store.activeRunBy(agencyCode);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PartnerService add(NewPartnerService typed) {
        ServiceEntry entry = ServiceEntry.check(typed, agencyCodes());
        refuseTakenCode(entry.code(), 0);
        long id;
        try {
            id = store.insert(entry, clock.instant(), SignedInStaff.current().username());
        } catch (DuplicateKeyException raced) {
            throw codeTaken();
        }
        audit.record(AuditEvent.of("PARTNER_SERVICE_ADDED", "partner_service", id).because(entry.kind().name()));
        return store.find(id).orElseThrow();
    }

    /** Changes a service; a stale {@code version} is refused ({@code ConcurrentEdit}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PartnerService change(long id, int version, NewPartnerService typed, boolean active) {
        PartnerService before = store.find(id).orElseThrow(() -> new RecordNotFound("partner service", id));
        ServiceEntry entry = ServiceEntry.check(typed, agencyCodes());
        refuseTakenCode(entry.code(), id);
        try {
            if (!store.update(id, version, entry, active)) {
                throw new ConcurrentEdit("This service");
            }
        } catch (DuplicateKeyException raced) {
            throw codeTaken();
        }
        audit.record(AuditEvent.of("PARTNER_SERVICE_CHANGED", "partner_service", id)
                .because(active == before.active() ? "details" : active ? "details; made active" : "details; made inactive"));
        return store.find(id).orElseThrow();
    }

    private Set<String> agencyCodes() {
        return staff.agencies().stream().map(Agency::code).collect(Collectors.toSet());
    }

    private void refuseTakenCode(String code, long exceptId) {
        if (store.codeTaken(code, exceptId)) {
            throw codeTaken();
        }
    }

    private static InvalidRequest codeTaken() {
        return InvalidRequest.of("code", "Another service already has this code");
    }
}
