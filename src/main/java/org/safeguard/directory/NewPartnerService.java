package org.safeguard.directory;

import java.util.List;

/**
 * A partner service as an administrator typed it; {@code kind}, {@code slaHours} and {@code fullTimeWorkers} (blank:
 * not given) as typed, checked when saved.
 */
public record NewPartnerService(String code, String name, String kind, String agencyCode, List<String> areas,
                                String offers, String referralRoute, String hours, String slaHours,
                                String fullTimeWorkers) {

    /** A service typed without its number of full-time workers. */
    public NewPartnerService(String code, String name, String kind, String agencyCode, List<String> areas,
                             String offers, String referralRoute, String hours, String slaHours) {
        this(code, name, kind, agencyCode, areas, offers, referralRoute, hours, slaHours, null);
    }
}
