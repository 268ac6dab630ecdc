package org.safeguard.intake;

import java.time.LocalDate;

/**
 * The shortened forms a reader sees of a party whose identity or contact details are redacted to them (issue 10):
 * the initial of the given name with the family name, the year of birth, a phone number's last three digits.
 */
public final class PartyRedaction {

    private PartyRedaction() {
    }

    /** "Jane Mary Doe" as "J. Doe"; a single name as its initial. */
    public static String initialAndFamilyName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "Name not recorded";
        }
        String[] parts = fullName.strip().split("\\s+");
        String initial = parts[0].substring(0, 1).toUpperCase(java.util.Locale.UK) + ".";
        return parts.length == 1 ? initial : initial + " " + parts[parts.length - 1];
    }

    /** "Born 1988", or "Not recorded". */
    public static String yearOfBirth(LocalDate dateOfBirth) {
        return dateOfBirth == null ? "Not recorded" : "Born " + dateOfBirth.getYear();
    }

    /** "Held, ending 123", or "Not recorded". */
    public static String maskedPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "Not recorded";
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() < 3 ? "Held" : "Held, ending " + digits.substring(digits.length() - 3);
    }
}
