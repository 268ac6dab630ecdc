package org.safeguard.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * A person record as another system (or the generator) holds it. One real person may arrive as
 * several records that differ: that is what record linkage is for.
 *
 * @param sourceSystem where the record comes from, e.g. {@code SYNTHETIC}
 * @param sourceRef    the record's reference in that system, unique within it
 * @param addressId    the address (already imported) the person lives at, or null when not known
 * @param phones       phone numbers as typed; normalised to digits on import
 */
public record NewPerson(String sourceSystem, String sourceRef, String givenName, String familyName,
                        LocalDate dateOfBirth, Sex sex, Long addressId, List<String> phones) {

    public NewPerson {
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
