package org.safeguard.access;

/** An organisation whose staff use Safeguard. The code is short and stable, e.g. {@code POLICE}. */
public record Agency(long id, String code, String name, AgencyKind kind, int version) {
}
