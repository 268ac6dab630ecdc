package org.safeguard.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK postcodes as typed ("sg1  2ab", "SG12AB") and as stored ("SG1 2AB"): outward code of one or
 * two letters, a digit and an optional letter or digit; inward code of a digit and two letters.
 */
public final class Postcodes {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}");

    private Postcodes() {
    }

    /** The postcode in its stored form, or empty when what was typed is not a UK postcode. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase().replaceAll("[^A-Z0-9]", "");
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return FORMAT.matcher(spaced).matches() ? Optional.of(spaced) : Optional.empty();
    }
}
