package org.safeguard.identity.linkage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocking rules: two records are compared only if they share a key of at least one rule. Each key
 * starts with the rule's prefix so keys of different rules never collide. Blocks with more than
 * {@link Blocking#MAX_BLOCK} records (a recycled phone number, the commonest name in a year) are compared
 * only within smaller keys of the other rules. Recall of each rule is measured by the linkage benchmarks.
 * <p>
 * "Sounds alike" is the Double Metaphone code; for a given name it is the code of its full form from the
 * short-form table (Bill and William share William's), so a nickname lands in the same block. A key
 * depends on its record alone, so keys can be stored and looked up for a record typed at intake.
 */
public enum BlockingRule {
    /**
     * Family name sounds alike, the given name (its full form) starts with the same letter, and the same year of
     * birth: catches a slip in the day or month of birth, or in the given name.
     */
    FAMILY_SOUND_AND_BIRTH_YEAR("F"),
    /**
     * The same date of birth and one name that sounds alike, either name in either place: catches a new
     * family name after marriage, swapped names and a changed given name.
     */
    BIRTH_DATE("D"),
    /** Day and month of birth swapped, same year, and one name that sounds alike: the date written the other way round. */
    BIRTH_DATE_SWAPPED("S"),
    /**
     * A phone number in common and both names sounding alike, in either order: catches a move with the date of
     * birth missing or mistyped. A number alone says little (recycled numbers, a family's landline, a hostel).
     */
    PHONE("P"),
    /**
     * The same postcode and the same first letter of a name (the given name, its full form, or the family name):
     * catches most slips in a name or a date, and swapped names, when the person has not moved.
     */
    POSTCODE_AND_GIVEN_INITIAL("A"),
    /** Given name (its full form) and family name both sound alike, in either order: catches a missing or mistyped date of birth. */
    GIVEN_AND_FAMILY_SOUND("N"),
    /** The same other identifier. */
    IDENTIFIER("I");

    /** Longest key stored (the database column is varchar(120)). */
    static final int LONGEST_KEY = 120;

    private final String prefix;

    BlockingRule(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The keys this rule gives the record (none when a value it needs is missing). */
    public List<String> keysOf(LinkRecord record) {
        return keysOf(new Preparation().prepare(record));
    }

    List<String> keysOf(Prepared record) {
        Set<String> keys = new LinkedHashSet<>();
        String born = record.birthDate;
        switch (this) {
            case FAMILY_SOUND_AND_BIRTH_YEAR -> {
                if (born != null) {
                    for (String family : record.family.keySounds) {
                        for (String fullForm : record.given.fullForms) {
                            keys.add(key(family, fullForm.substring(0, 1), born.substring(0, 4)));
                        }
                    }
                }
            }
            case BIRTH_DATE -> {
                if (Preparation.dayKnown(born)) {
                    nameSounds(record).forEach(sound -> keys.add(key(born, sound)));
                }
            }
            case BIRTH_DATE_SWAPPED -> {
                if (Preparation.dayKnown(born) && dayMayBeAMonth(born)) {
                    String month = born.substring(4, 6);
                    String day = born.substring(6, 8);
                    String unordered = born.substring(0, 4) + (month.compareTo(day) < 0 ? month + day : day + month);
                    nameSounds(record).forEach(sound -> keys.add(key(unordered, sound)));
                }
            }
            case PHONE -> {
                for (String phone : record.phones) {
                    bothNameSounds(record).forEach(sounds -> keys.add(key(phone, sounds)));
                }
            }
            case POSTCODE_AND_GIVEN_INITIAL -> {
                if (record.postcode != null) {
                    for (String fullForm : record.given.fullForms) {
                        keys.add(key(record.postcode, fullForm.substring(0, 1)));
                    }
                    if (!record.family.isEmpty()) {
                        keys.add(key(record.postcode, String.valueOf(record.family.initial())));
                    }
                }
            }
            case GIVEN_AND_FAMILY_SOUND -> bothNameSounds(record).forEach(sounds -> keys.add(key(sounds)));
            case IDENTIFIER -> {
                for (String identifier : record.identifiers) {
                    keys.add(key(identifier));
                }
            }
        }
        return new ArrayList<>(keys);
    }

    private String key(String... parts) {
        String key = prefix + ":" + String.join(":", parts);
        return key.length() <= LONGEST_KEY ? key : key.substring(0, LONGEST_KEY);
    }

    /** The sounds of both names, so a pair agreeing on either name, in either place, shares a key. */
    private static Set<String> nameSounds(Prepared record) {
        Set<String> sounds = new LinkedHashSet<>();
        for (String sound : record.given.keySounds) {
            sounds.add(sound);
        }
        for (String sound : record.family.keySounds) {
            sounds.add(sound);
        }
        return sounds;
    }

    /** The sounds of given and family name, in alphabetical order so that swapped names give the same. */
    private static List<String> bothNameSounds(Prepared record) {
        List<String> pairs = new ArrayList<>();
        for (String given : record.given.keySounds) {
            for (String family : record.family.keySounds) {
                pairs.add(given.compareTo(family) <= 0 ? given + ":" + family : family + ":" + given);
            }
        }
        return pairs;
    }

    private static boolean dayMayBeAMonth(String born) {
        String month = born.substring(4, 6);
        String day = born.substring(6, 8);
        return !month.equals(day) && day.compareTo("01") >= 0 && day.compareTo("12") <= 0;
    }
}
