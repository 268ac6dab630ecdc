package org.safeguard.identity;

/** A known address. */
public record AddressSummary(long id, String line1, String line2, String town, String postcode) {

    public String oneLine() {
        return line1 + (line2 == null ? "" : ", " + line2) + ", " + town + " " + postcode;
    }
}
