package org.safeguard.intake;

import java.time.LocalDate;

/**
 * What the operator has typed so far: any of a phone number, an address (with or without postcode)
 * and a name (with or without date of birth). Blank parts are ignored.
 */
public record HistoryQuery(String phone, String addressLine, String postcode, String givenName, String familyName,
                           LocalDate dateOfBirth) {

    public boolean isEmpty() {
        return blank(phone) && blank(addressLine) && blank(familyName);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
