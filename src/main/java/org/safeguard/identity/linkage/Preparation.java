package org.safeguard.identity.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Prepares records for comparison ({@link Prepared}), remembering each name and value it has seen so a
 * million records share one prepared "Smith" and one copy of each phone number. Safe to use from several
 * threads; meant for one linkage job, then dropped.
 */
final class Preparation {

    private static final String[] NONE = new String[0];
    /** Month and day of a date of birth recorded as a year only: not digits, so never equal to a real day. */
    static final String UNKNOWN_DAY = "????";
    /** The earliest year of birth read as such: no one alive or recently dead was born before it. */
    static final int EARLIEST_YEAR = 1880;
    /** The latest: a later "year" is digits of a day and month. */
    static final int LATEST_YEAR = 2100;

    private final Map<String, Name> givenNames = new ConcurrentHashMap<>();
    private final Map<String, Name> familyNames = new ConcurrentHashMap<>();
    private final Map<String, String> values = new ConcurrentHashMap<>();

    /**
     * An address may carry its postcode after a bar ("12 ACORN ROAD|SG1 2AB", as the store writes it) or be a
     * UPRN ("UPRN:12345"): the line is compared without it, and the postcode is the record's own or, lacking
     * that, the one after the bar. Previous addresses become places as {@link #place} writes them.
     */
    Prepared prepare(LinkRecord record) {
        String address = line(withoutPostcode(record.address()));
        String postcode = postcode(record.postcode());
        postcode = postcode != null ? postcode : postcode(postcodeOf(record.address()));
        return new Prepared(record.id(), givenName(record.givenName()), familyName(record.familyName()),
                shared(birthDigits(record.birthDate())), record.sex(), shared(address), shared(postcode),
                shared(place(address, postcode)),
                all(record.previousAddresses(), a -> place(line(withoutPostcode(a)), postcode(postcodeOf(a)))),
                all(record.phones(), Preparation::lettersAndDigits), all(record.identifiers(), Preparation::lettersAndDigits));
    }

    /**
     * Where someone lives, as one string to compare: a UPRN alone, else the line and postcode ("12 ACORN
     * ROAD|SG12AB"); null without a postcode, because "12 ACORN ROAD" is in many towns.
     */
    static String place(String line, String postcode) {
        if (line == null) {
            return null;
        }
        if (line.startsWith("UPRN:")) {
            return line;
        }
        return postcode == null ? null : line + "|" + postcode;
    }

    private static String withoutPostcode(String address) {
        int bar = address == null ? -1 : address.indexOf('|');
        return bar < 0 ? address : address.substring(0, bar);
    }

    private static String postcodeOf(String address) {
        int bar = address == null ? -1 : address.indexOf('|');
        return bar < 0 ? null : address.substring(bar + 1);
    }

    Name givenName(String raw) {
        return givenNames.computeIfAbsent(raw, NameForms::given);
    }

    Name familyName(String raw) {
        return familyNames.computeIfAbsent(raw, NameForms::family);
    }

    /**
     * The eight digits {@code yyyyMMdd} of a date as recorded, {@code yyyy} and {@link #UNKNOWN_DAY} when only
     * a year is recorded ("1985"), or null; never an error. Eight digits are read year first when that gives a
     * year from {@link #EARLIEST_YEAR} to {@link #LATEST_YEAR} (and a month, when day first would not), else day
     * first as in the UK ("03041985" is 3 April 1985); a possible year but impossible day stays, so a slip still
     * compares. Written with separators it is read year first ("1985-04-03") or day first ("03/04/1985").
     */
    static String birthDigits(String recorded) {
        if (recorded == null) {
            return null;
        }
        String trimmed = recorded.trim();
        if (trimmed.length() == 4 && allDigits(trimmed)) {
            return plausibleYear(trimmed, 0) ? trimmed + UNKNOWN_DAY : null;
        }
        if (trimmed.length() == 8 && allDigits(trimmed)) {
            return eightDigits(trimmed);
        }
        String[] parts = trimmed.split("[-/. ]+");
        if (parts.length != 3 || !java.util.Arrays.stream(parts).allMatch(p -> p.matches("\\d{1,4}"))) {
            return null;
        }
        if (parts[0].length() == 4 && parts[1].length() <= 2 && parts[2].length() <= 2) {
            return parts[0] + twoDigits(parts[1]) + twoDigits(parts[2]);
        }
        if (parts[2].length() == 4 && parts[0].length() <= 2 && parts[1].length() <= 2) {
            return parts[2] + twoDigits(parts[1]) + twoDigits(parts[0]);
        }
        return null;
    }

    private static String eightDigits(String digits) {
        boolean yearFirst = plausibleYear(digits, 0);
        boolean dayFirst = plausibleYear(digits, 4);
        if (yearFirst && (plausibleMonth(digits, 4) || !dayFirst || !plausibleMonth(digits, 2))) {
            return digits;
        }
        return dayFirst ? digits.substring(4, 8) + digits.substring(2, 4) + digits.substring(0, 2) : null;
    }

    private static boolean plausibleYear(String digits, int from) {
        int year = Integer.parseInt(digits, from, from + 4, 10);
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }

    private static boolean plausibleMonth(String digits, int from) {
        int month = Integer.parseInt(digits, from, from + 2, 10);
        return month >= 1 && month <= 12;
    }

    /** Whether a prepared date of birth records the day, not only the year. */
    static boolean dayKnown(String birthDigits) {
        return birthDigits != null && !birthDigits.endsWith(UNKNOWN_DAY);
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String twoDigits(String part) {
        return part.length() == 1 ? "0" + part : part;
    }

    /** Capitals with single spaces, or null when blank. */
    static String line(String address) {
        if (address == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(address.length());
        boolean gap = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c)) {
                gap = true;
            } else {
                if (gap && !line.isEmpty()) {
                    line.append(' ');
                }
                gap = false;
                line.append(Character.toUpperCase(c));
            }
        }
        return line.isEmpty() ? null : line.toString();
    }

    static String postcode(String postcode) {
        String compact = lettersAndDigits(postcode);
        return compact == null || compact.isEmpty() ? null : compact;
    }

    static String lettersAndDigits(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                kept.append(Character.toUpperCase(c));
            }
        }
        return kept.isEmpty() ? null : kept.toString();
    }

    private String shared(String value) {
        return value == null ? null : values.computeIfAbsent(value, Function.identity());
    }

    private String[] all(List<String> raw, Function<String, String> form) {
        if (raw.isEmpty()) {
            return NONE;
        }
        String[] all = new String[raw.size()];
        int kept = 0;
        for (String value : raw) {
            String formed = form.apply(value);
            if (formed != null && !formed.isEmpty() && !Arrays.asList(all).subList(0, kept).contains(formed)) {
                all[kept++] = shared(formed);
            }
        }
        return kept == all.length ? all : Arrays.copyOf(all, kept);
    }
}
