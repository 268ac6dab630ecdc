package org.safeguard.identity.linkage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.safeguard.identity.Sex;
import org.safeguard.identity.address.AddressNormaliser;

/**
 * One person record as record linkage sees it: the values as recorded, not yet normalised (linkage
 * normalises names, punctuation and accents itself).
 *
 * @param birthDate         the date of birth as eight digits {@code yyyyMMdd}, as recorded (a typed slip
 *                          may make it an impossible date); null when not known
 * @param address           the current address, normalised ({@code AddressNormaliser}) or as {@code UPRN:n};
 *                          null when not known
 * @param postcode          the current address's postcode, or null
 * @param previousAddresses earlier addresses, written the same way as {@code address}
 * @param phones            phone numbers, digits only
 * @param identifiers       other identifiers that name one person (e.g. a national insurance number)
 */
public record LinkRecord(long id, String givenName, String familyName, String birthDate, Sex sex,
                         String address, String postcode, List<String> previousAddresses,
                         List<String> phones, List<String> identifiers) {

    private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    public LinkRecord {
        givenName = givenName == null ? "" : givenName;
        familyName = familyName == null ? "" : familyName;
        sex = sex == null ? Sex.NOT_KNOWN : sex;
        previousAddresses = previousAddresses == null ? List.of() : List.copyOf(previousAddresses);
        phones = phones == null ? List.of() : List.copyOf(phones);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** An address written as linkage compares it (the identity module's normalised line), or null when blank. */
    public static String address(String line1, String line2) {
        String line = AddressNormaliser.normalise(line1, line2).line();
        return line.isEmpty() ? null : line;
    }

    /** A date as the eight digits linkage compares, or null. */
    public static String birthDate(LocalDate date) {
        return date == null ? null : DIGITS.format(date);
    }
}
