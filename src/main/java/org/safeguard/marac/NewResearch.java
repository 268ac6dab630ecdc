package org.safeguard.marac;

/**
 * An agency's research as typed. {@code version} is that of the return being replaced, or null for the agency's
 * first return.
 */
public record NewResearch(Boolean holdsInformation, String aboutVictim, String aboutChildren, String aboutPerpetrator,
                          Integer version) {
}
