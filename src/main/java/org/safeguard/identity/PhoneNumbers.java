package org.safeguard.identity;

/** The one way phone numbers are compared: UK digits only, with +44 written as a leading 0. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String digits = typed.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        return digits.replace("+", "");
    }
}
