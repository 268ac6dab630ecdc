package org.safeguard.identity.linkage;

import java.util.List;

/**
 * The blocking rules: two records are compared only if they share a key of at least one rule. Each key
 * starts with the rule's prefix so keys of different rules never collide. Blocks with more than
 * {@link Blocking#MAX_BLOCK} records (a hostel's phone, the commonest name in a year) are compared only
 * within smaller keys of the other rules. Recall of each rule is measured by the linkage benchmarks.
 */
public enum BlockingRule {
    /** Family name sounds alike (phonetic code) and the same year of birth. */
    FAMILY_SOUND_AND_BIRTH_YEAR("F"),
    /** The same date of birth, whatever the name (catches married names and swapped names). */
    BIRTH_DATE("D"),
    /** Day and month of birth swapped, same year: the date written the other way round. */
    BIRTH_DATE_SWAPPED("S"),
    /** A phone number in common. */
    PHONE("P"),
    /** The same postcode and the same first letter of the given name (a move within nothing else). */
    POSTCODE_AND_GIVEN_INITIAL("A"),
    /** Given name (its full form) and family name both sound alike: catches a missing or mistyped date of birth. */
    GIVEN_AND_FAMILY_SOUND("N"),
    /** The same other identifier. */
    IDENTIFIER("I");

    private final String prefix;

    BlockingRule(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The keys this rule gives the record (none when a value it needs is missing). */
    public List<String> keysOf(LinkRecord record) {
        throw new UnsupportedOperationException("to be written");
    }
}
