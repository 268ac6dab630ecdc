package org.safeguard.identity.linkage;

/**
 * Names as linkage compares them: lower case, accents removed (José → jose), punctuation dropped
 * (O'Brien → obrien), hyphens and spaces kept as one space (Smith-Jones → "smith jones"); short forms
 * of given names from {@code identity/linkage/short-forms.txt} (Jon → jonathan, Bill → william);
 * a phonetic code for "sounds alike"; Jaro–Winkler similarity for typing slips.
 */
public final class NameForms {

    private NameForms() {
    }

    /** The name normalised for comparison; "" when nothing is left. */
    public static String normalise(String name) {
        throw new UnsupportedOperationException("to be written");
    }
}
