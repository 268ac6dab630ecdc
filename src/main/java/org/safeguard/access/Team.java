package org.safeguard.access;

/** A team inside an agency, e.g. the control room or the domestic abuse investigation unit. */
public record Team(long id, long agencyId, String agencyName, String name, String area, int version) {
}
