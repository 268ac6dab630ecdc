package org.safeguard.identity;

/**
 * An address as recorded.
 *
 * @param uprn the Unique Property Reference Number when known, else null
 */
public record NewAddress(String line1, String line2, String town, String postcode, Long uprn) {
}
