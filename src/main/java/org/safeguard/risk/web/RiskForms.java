package org.safeguard.risk.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.shell.TypedDates;

/**
 * Dates and whole numbers as people type them in the risk quality and admin forms. A value that cannot
 * be read adds a problem for its field and gives null, so every problem shows at once.
 */
final class RiskForms {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,19}");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final Map<String, String> typed;
    private final InvalidRequest.Check problems;

    RiskForms(Map<String, String> typed, InvalidRequest.Check problems) {
        this.typed = typed;
        this.problems = problems;
    }

    /** The value typed, or null when blank or absent. */
    String text(String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value;
    }

    /** A date typed as 16/11/2026, 16-11-2026, 16.11.2026 or 2026-11-16; null when blank. */
    LocalDate date(String field, String message) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        LocalDate date = parseDate(value.strip());
        problems.require(date != null, field, message);
        return date;
    }

    /** A whole number (a seed may be negative); null when blank. */
    Long wholeNumber(String field, String message) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        String plain = value.strip().replace(",", "").replace(" ", "");
        Long number = null;
        if (WHOLE_NUMBER.matcher(plain).matches()) {
            try {
                number = Long.valueOf(plain);
            } catch (NumberFormatException tooBig) {
                number = null;
            }
        }
        problems.require(number != null, field, message);
        return number;
    }

    /** The hidden version field; -1 (which no record has) when it is missing or altered, so saving is refused as stale. */
    int version(String field) {
        String value = text(field);
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : -1;
    }

    /** An id in a page's address; anything that is not one is a page that does not exist. */
    static long id(String typed, String what) {
        if (typed == null || !ID.matcher(typed).matches()) {
            throw new RecordNotFound(what, typed);
        }
        return Long.parseLong(typed);
    }

    static LocalDate parseDate(String value) {
        return TypedDates.date(value);
    }

    /** A date as the forms show it: 16/11/2026. */
    static String typed(LocalDate date) {
        return date == null ? null : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
