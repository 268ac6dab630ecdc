package org.safeguard.identity.rules;

import java.time.LocalDate;

/**
 * The shortened forms a reader sees of a field group the policy shows them REDACTED: a name as initial and family
 * name, a date of birth as its year, a phone number with all but its last three digits masked, an address as its
 * town and postcode district (the outward code: "SG1", never the street or the house).
 */
public final class Redaction {

    private static final int PHONE_DIGITS_SHOWN = 3;

    private Redaction() {
    }

    /** "D. Smith": the given name's initial and the family name. */
    public static String name(String givenName, String familyName) {
        String given = givenName == null ? "" : givenName.strip();
        String family = familyName == null ? "" : familyName.strip();
        if (given.isEmpty()) {
            return family;
        }
        return given.substring(0, given.offsetByCodePoints(0, 1)).toUpperCase() + ". " + family;
    }

    /** "Born 1985", or "Date of birth not known". */
    public static String born(LocalDate dateOfBirth) {
        return dateOfBirth == null ? "Date of birth not known" : "Born " + dateOfBirth.getYear();
    }

    /** "•••••••• 123": every digit but the last three masked; a number of three digits or fewer is masked whole. */
    public static String phone(String asRecorded) {
        String digits = asRecorded == null ? "" : asRecorded.replaceAll("[^0-9]", "");
        if (digits.length() <= PHONE_DIGITS_SHOWN) {
            return "•".repeat(Math.max(digits.length(), 1));
        }
        return "•".repeat(digits.length() - PHONE_DIGITS_SHOWN) + " " + digits.substring(digits.length() - PHONE_DIGITS_SHOWN);
    }

    /** "Stevenage, SG1": the town and the postcode district. */
    public static String district(String town, String postcode) {
        String outward = postcodeDistrict(postcode);
        String place = town == null ? "" : town.strip();
        if (place.isEmpty()) {
            return outward.isEmpty() ? "Area not known" : outward;
        }
        return outward.isEmpty() ? place : place + ", " + outward;
    }

    /** The outward code of a stored postcode ("SG1 2AB" → "SG1"); empty when there is none. */
    public static String postcodeDistrict(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return "";
        }
        String stored = postcode.strip().toUpperCase();
        int space = stored.indexOf(' ');
        if (space > 0) {
            return stored.substring(0, space);
        }
        // Stored postcodes are spaced; an unspaced one keeps its inward code's three characters back all the same.
        return stored.length() > 3 ? stored.substring(0, stored.length() - 3) : "";
    }
}
