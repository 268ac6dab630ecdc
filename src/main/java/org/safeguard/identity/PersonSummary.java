package org.safeguard.identity;

import java.time.LocalDate;

/** A person record's identifying details, for lists and history. */
public record PersonSummary(long id, String givenName, String familyName, LocalDate dateOfBirth, Sex sex) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
