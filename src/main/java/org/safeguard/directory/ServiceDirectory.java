package org.safeguard.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The directory's API. Reading it needs no particular role (it holds no personal data and the routing of
 * referrals reads it with nobody signed in); changing it is for administrators, audited.
 */
@Service
public class ServiceDirectory {

    /** Every service, active first, by kind and name. */
    public List<PartnerService> all() {
        throw new UnsupportedOperationException("TODO");
    }

    public Optional<PartnerService> find(long id) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The active service of the kind for the area: one naming the area before one covering everywhere, then by
     * code. Empty when none serves it.
     */
    public Optional<PartnerService> serving(ServiceKind kind, String area) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The active services run by an agency (its staff receive their referrals). */
    public List<PartnerService> runBy(String agencyCode) {
        throw new UnsupportedOperationException("TODO");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PartnerService add(NewPartnerService typed) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Changes a service; a stale {@code version} is refused ({@code ConcurrentEdit}). */
    @PreAuthorize("hasRole('ADMIN')")
    public PartnerService change(long id, int version, NewPartnerService typed, boolean active) {
        throw new UnsupportedOperationException("TODO");
    }
}
