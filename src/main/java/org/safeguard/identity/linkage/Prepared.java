package org.safeguard.identity.linkage;

import org.safeguard.identity.Sex;

/**
 * A record made ready to compare, once: names prepared ({@link Name}), the date of birth as eight digits
 * (null when missing or not eight digits), address lines and postcode in capitals with single spaces,
 * phone numbers and identifiers as letters and digits only. Values repeated across records are shared.
 */
final class Prepared {

    final long id;
    final Name given;
    final Name family;
    final String birthDate;
    final Sex sex;
    final String address;
    final String postcode;
    /** The current address with its postcode, or its UPRN ({@link Preparation#place}); null when not known. */
    final String place;
    /** Previous addresses as places. */
    final String[] previousAddresses;
    final String[] phones;
    final String[] identifiers;

    Prepared(long id, Name given, Name family, String birthDate, Sex sex, String address, String postcode,
             String place, String[] previousAddresses, String[] phones, String[] identifiers) {
        this.id = id;
        this.given = given;
        this.family = family;
        this.birthDate = birthDate;
        this.sex = sex;
        this.address = address;
        this.postcode = postcode;
        this.place = place;
        this.previousAddresses = previousAddresses;
        this.phones = phones;
        this.identifiers = identifiers;
    }

    boolean female() {
        return sex == Sex.FEMALE;
    }
}
