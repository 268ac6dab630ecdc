package org.safeguard.identity;

/**
 * A known address.
 *
 * @param confidential whether someone was recorded living at it as a refuge or sanctuary address: never show it to
 *                     a reader without access's decision that they see that person's current address (a search for it
 *                     must not list who lives there), and never print or export it
 */
public record AddressSummary(long id, String line1, String line2, String town, String postcode, boolean confidential) {

    public String oneLine() {
        return line1 + (line2 == null ? "" : ", " + line2) + ", " + town + " " + postcode;
    }
}
