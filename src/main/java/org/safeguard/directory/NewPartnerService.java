package org.safeguard.directory;

import java.util.List;

/** A partner service as an administrator typed it; {@code kind} and {@code slaHours} as typed, checked when saved. */
public record NewPartnerService(String code, String name, String kind, String agencyCode, List<String> areas,
                                String offers, String referralRoute, String hours, String slaHours) {
}
