package org.safeguard.access.web;

/** Numbers typed or chosen in a form; anything that is not a number counts as not given. */
final class FormNumbers {

    private FormNumbers() {
    }

    static Long parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
