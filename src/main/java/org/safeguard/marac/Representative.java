package org.safeguard.marac;

/** An agency's named representative at an area's MARAC: they read its research and minutes. */
public record Representative(String username, String agencyCode) {
}
