package org.safeguard.directory;

import java.time.Instant;
import java.util.List;

/**
 * A service in the directory.
 *
 * @param agencyCode the access module's code of the agency that runs it; its staff receive its referrals
 * @param areas      the intake areas (towns) it covers; empty means everywhere
 * @param slaHours   how soon it should accept or decline a referral
 */
public record PartnerService(long id, String code, String name, ServiceKind kind, String agencyCode, List<String> areas,
                             String offers, String referralRoute, String hours, int slaHours, boolean active,
                             Instant createdAt, String createdBy, int version) {

    public PartnerService {
        areas = List.copyOf(areas);
    }

    /** Whether it serves the area: it names it, or it covers everywhere. */
    public boolean covers(String area) {
        return areas.isEmpty() || (area != null && areas.stream().anyMatch(a -> a.equalsIgnoreCase(area.strip())));
    }
}
