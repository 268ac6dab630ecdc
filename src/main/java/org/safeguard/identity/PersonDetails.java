package org.safeguard.identity;

import java.time.LocalDate;

/** A person as someone described them: a caller, an officer, a partner's referral. */
public record PersonDetails(String givenName, String familyName, LocalDate dateOfBirth, Sex sex) {
}
