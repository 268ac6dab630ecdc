package org.safeguard.marac;

/**
 * An agency at a meeting: whether it is a core agency of the MARAC, and, once recorded, whether it was present and
 * who represented it ({@code present} null: not recorded yet).
 */
public record Attendance(String agencyCode, String agencyName, boolean core, Boolean present, String representative) {
}
