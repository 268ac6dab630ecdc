package org.safeguard.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A service in the directory.
 *
 * @param agencyCode the access module's code of the agency that runs it; its staff receive its referrals
 * @param areas      the intake areas (towns) it covers; empty means everywhere
 * @param slaHours   how soon it should accept or decline a referral
 * @param fullTimeWorkers its full-time-equivalent workers, to one decimal place (an IDVA service's caseload per
 *                        worker is measured against them); null when not given
 */
public record PartnerService(long id, String code, String name, ServiceKind kind, String agencyCode, List<String> areas,
                             String offers, String referralRoute, String hours, int slaHours, boolean active,
                             Instant createdAt, String createdBy, int version, BigDecimal fullTimeWorkers) {

    public PartnerService {
        areas = List.copyOf(areas);
    }

    /** Whether it serves the area: it names it, or it covers everywhere. */
    public boolean covers(String area) {
        return areas.isEmpty() || (area != null && areas.stream().anyMatch(a -> a.equalsIgnoreCase(area.strip())));
    }
}
