package org.safeguard.identity.linkage;

import java.util.List;

/**
 * The comparisons made between two records, each with its levels from the strongest agreement to
 * disagreement. A comparison with a value missing on either side lands in no level and adds nothing.
 * Given and family names typed the wrong way round are one finding, of the given name: the family name is
 * then not compared again.
 */
public enum Comparison {
    GIVEN_NAME("Given name", List.of("the same", "swapped with the family name",
            "a short form of the other", "a slip of typing apart", "sound alike", "similar",
            "one is the other's initial", "different")),
    FAMILY_NAME("Family name", List.of("the same", "one is part of the other (double-barrelled)",
            "a slip of typing apart", "sound alike", "similar", "different, both female (a married name?)",
            "different")),
    BIRTH_DATE("Date of birth", List.of("the same", "day and month swapped", "one digit different",
            "same year only", "a year apart", "different")),
    SEX("Sex", List.of("the same", "different")),
    ADDRESS("Address", List.of("the same", "one lived at the other's address", "similar, same postcode",
            "same postcode", "different")),
    PHONE("Phone", List.of("a number in common", "no number in common")),
    IDENTIFIER("Other identifier", List.of("the same", "one character different", "different"));

    private final String label;
    private final List<String> levels;

    Comparison(String label, List<String> levels) {
        this.label = label;
        this.levels = levels;
    }

    public String label() {
        return label;
    }

    /** The levels in words, strongest agreement first; the last is disagreement. */
    public List<String> levels() {
        return levels;
    }
}
