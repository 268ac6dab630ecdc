package org.safeguard.identity.linkage;

import org.safeguard.identity.Sex;

/**
 * The level each {@link Comparison} finds for a pair of prepared records: the index into the comparison's
 * {@link Comparison#levels()}, or {@link #MISSING} when either record lacks the value. The rules for each
 * level are here, in the order of the levels, so the words in {@code Comparison} and the code agree.
 */
final class Agreement {

    static final int MISSING = -1;
    static final int GIVEN = Comparison.GIVEN_NAME.ordinal();
    static final int FAMILY = Comparison.FAMILY_NAME.ordinal();
    static final int BIRTH = Comparison.BIRTH_DATE.ordinal();
    static final int SEX = Comparison.SEX.ordinal();
    static final int ADDRESS = Comparison.ADDRESS.ordinal();
    static final int PHONE = Comparison.PHONE.ordinal();
    static final int IDENTIFIER = Comparison.IDENTIFIER.ordinal();
    static final int COMPARISONS = Comparison.values().length;
    /** The given name's level for names typed the wrong way round. */
    static final int NAMES_SWAPPED = 1;
    private static final int NOT_CLOSE = 9;
    /**
     * Identifiers at least this long may be "one character different": in a shorter one (a 4-digit code) a
     * changed character is as likely another person's value as a slip.
     */
    private static final int SLIP_IN_IDENTIFIER_FROM = 5;

    /** Names at least this alike (Jaro–Winkler) are "similar". */
    static final double SIMILAR_NAMES = 0.88;
    /** Address lines at least this alike (Jaro–Winkler) with the same postcode are "similar". */
    static final double SIMILAR_ADDRESSES = 0.9;

    private Agreement() {
    }

    /**
     * What people of one household share besides the address: a family name and a phone. Their given names,
     * dates of birth and sexes are as unrelated as strangers'.
     */
    static boolean sharedByAHousehold(int comparison) {
        return comparison == FAMILY || comparison == PHONE;
    }

    /**
     * Fills {@code levels} (one per comparison) for the pair and says whether the names agreed only once
     * given and family names were swapped: then the given name's level says so and the family name is not
     * compared again (missing).
     */
    static boolean compare(Prepared a, Prepared b, int[] levels) {
        boolean bothFemale = a.female() && b.female();
        boolean swapped = namesSwapped(a, b);
        levels[GIVEN] = swapped ? NAMES_SWAPPED : givenNames(a.given, b.given);
        levels[FAMILY] = swapped ? MISSING : familyNames(a.family, b.family, bothFemale);
        levels[BIRTH] = birthDates(a.birthDate, b.birthDate);
        levels[SEX] = a.sex == Sex.NOT_KNOWN || b.sex == Sex.NOT_KNOWN ? MISSING : a.sex == b.sex ? 0 : 1;
        levels[ADDRESS] = addresses(a, b);
        levels[PHONE] = a.phones.length == 0 || b.phones.length == 0 ? MISSING : anyInCommon(a.phones, b.phones) ? 0 : 1;
        levels[IDENTIFIER] = identifiers(a.identifiers, b.identifiers);
        return swapped;
    }

    /**
     * True when the names agree only once given and family names are swapped: each is close (the same, a
     * short form, a slip or sounding alike) to the other record's other name, and closer than straight.
     */
    static boolean namesSwapped(Prepared a, Prepared b) {
        int straight = closeness(a.given, b.given) + closeness(a.family, b.family);
        if (straight == 0) {
            return false;
        }
        int givenToFamily = closeness(a.given, b.family);
        int familyToGiven = givenToFamily == NOT_CLOSE ? NOT_CLOSE : closeness(a.family, b.given);
        return givenToFamily < NOT_CLOSE && familyToGiven < NOT_CLOSE && givenToFamily + familyToGiven < straight;
    }

    /**
     * The same, a short form, a slip of typing, sound alike, similar, one is the other's initial, different
     * (level 1, names swapped, is found by {@link #compare}). Two equal initials ("J", "J") are initials, not
     * the same name: "the same" would give them the rare-name bonus of a name seen once.
     */
    static int givenNames(Name a, Name b) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        if (a.compact.length() == 1 || b.compact.length() == 1) {
            return a.initial() == b.initial() ? 6 : 7;
        }
        if (a.compact.equals(b.compact)) {
            return 0;
        }
        if (a.sharesAGroupWith(b)) {
            return 2;
        }
        return spelling(a, b, 3, 7);
    }

    /** The same, one part of the other, a slip, sound alike, similar, different (both female), different. */
    static int familyNames(Name a, Name b, boolean bothFemale) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        if (a.compact.equals(b.compact)) {
            return 0;
        }
        if (a.isPartOf(b) || b.isPartOf(a)) {
            return 1;
        }
        return spelling(a, b, 2, bothFemale ? 5 : 6);
    }

    /** 0 the same, 1 a short form (either may be a given name), 2 a slip, 3 sound alike; else far apart or missing. */
    private static int closeness(Name a, Name b) {
        if (a.isEmpty() || b.isEmpty()) {
            return NOT_CLOSE;
        }
        if (a.compact.equals(b.compact)) {
            return 0;
        }
        if (a.sharesAGroupWith(b)) {
            return 1;
        }
        return Spelling.oneSlipApart(a.compact, b.compact) ? 2 : a.soundsLike(b) ? 3 : NOT_CLOSE;
    }

    /** From {@code slip}: a slip of typing apart, then sound alike, then similar; else {@code different}. */
    private static int spelling(Name a, Name b, int slip, int different) {
        if (Spelling.oneSlipApart(a.compact, b.compact)) {
            return slip;
        }
        if (a.soundsLike(b)) {
            return slip + 1;
        }
        if (Spelling.jaroWinkler(a.compact, b.compact) >= SIMILAR_NAMES) {
            return slip + 2;
        }
        return different;
    }

    /**
     * The same, day and month swapped, one digit different, the same year only, a year apart (31 December and
     * 1 January, a slip in the year), different: on the digits, so an impossible date still compares. A date
     * recorded as a year only is at best "same year only".
     */
    static int birthDates(String a, String b) {
        if (a == null || b == null) {
            return MISSING;
        }
        if (!Preparation.dayKnown(a) || !Preparation.dayKnown(b)) {
            return a.regionMatches(0, b, 0, 4) ? 3 : Math.abs(year(a) - year(b)) == 1 ? 4 : 5;
        }
        if (a.equals(b)) {
            return 0;
        }
        boolean sameYear = a.regionMatches(0, b, 0, 4);
        if (sameYear && a.regionMatches(4, b, 6, 2) && a.regionMatches(6, b, 4, 2)) {
            return 1;
        }
        int differing = 0;
        for (int i = 0; i < 8; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differing++;
            }
        }
        if (differing == 1) {
            return 2;
        }
        if (sameYear) {
            return 3;
        }
        return Math.abs(year(a) - year(b)) == 1 ? 4 : 5;
    }

    private static int year(String digits) {
        return Integer.parseInt(digits, 0, 4, 10);
    }

    /**
     * The same place (the same line and postcode, both recorded, or the same UPRN: "12 Acorn Road" is in many
     * towns), one's previous place is the other's current one, a similar line with the same postcode, the same
     * postcode, different. Missing unless both have a line or both a postcode, and when the lines are the same
     * but a postcode is missing (it may or may not be the same place).
     */
    static int addresses(Prepared a, Prepared b) {
        if (a.place != null && a.place.equals(b.place)) {
            return 0;
        }
        if ((a.place != null && contains(b.previousAddresses, a.place))
                || (b.place != null && contains(a.previousAddresses, b.place))) {
            return 1;
        }
        boolean lines = a.address != null && b.address != null;
        boolean postcodes = a.postcode != null && b.postcode != null;
        if (postcodes && a.postcode.equals(b.postcode)) {
            boolean similar = lines && !a.address.startsWith("UPRN:") && !b.address.startsWith("UPRN:")
                    && Spelling.jaroWinkler(a.address, b.address) >= SIMILAR_ADDRESSES;
            return similar ? 2 : 3;
        }
        if (postcodes || (lines && !a.address.equals(b.address))) {
            return 4;
        }
        return MISSING;
    }

    /** The same, one character different, different. */
    static int identifiers(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return MISSING;
        }
        if (anyInCommon(a, b)) {
            return 0;
        }
        for (String one : a) {
            for (String other : b) {
                if (one.length() >= SLIP_IN_IDENTIFIER_FROM && Spelling.oneSlipApart(one, other)) {
                    return 1;
                }
            }
        }
        return 2;
    }

    private static boolean anyInCommon(String[] a, String[] b) {
        for (String one : a) {
            if (contains(b, one)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
