package org.safeguard.intake;

import java.time.LocalDate;

/**
 * A person in an incident as the caller or officer gave them. Role and sex are the enum names;
 * the date of birth is optional but makes matching to an existing person possible.
 */
public record NewParty(String role, String givenName, String familyName, LocalDate dateOfBirth, String sex,
                       String phone) {
}
