package org.safeguard.intake.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.platform.InvalidRequest;

/**
 * Dates, times, numbers and yes/no answers as people type them in the intake forms. A value that
 * cannot be read adds a problem for its field and gives null, so every problem shows at once.
 */
final class FormValues {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");

    private final Map<String, String> typed;
    private final InvalidRequest.Check problems;

    FormValues(Map<String, String> typed, InvalidRequest.Check problems) {
        this.typed = typed;
        this.problems = problems;
    }

    String text(String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value;
    }

    boolean ticked(String field) {
        return typed.containsKey(field) && !"false".equals(typed.get(field));
    }

    /** "yes" / "no" radios: null when not answered. */
    Boolean yesNo(String field) {
        String value = text(field);
        return value == null ? null : "yes".equalsIgnoreCase(value.strip());
    }

    Integer number(String field, String message) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            problems.require(false, field, message);
            return null;
        }
    }

    /** A date typed as 27/3/1985, 27-03-1985, 27.3.1985 or 1985-03-27. */
    LocalDate date(String field, String message) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        LocalDate date = parseDate(value.strip());
        problems.require(date != null, field, message);
        return date;
    }

    /** A date field and a time field read together as a moment in UK time. */
    Instant moment(String dateField, String timeField, String errorField, String message) {
        String day = text(dateField);
        String time = text(timeField);
        if (day == null && time == null) {
            return null;
        }
        LocalDate date = day == null ? null : parseDate(day.strip());
        LocalTime clock = time == null ? null : parseTime(time.strip());
        if (date == null || clock == null) {
            problems.require(false, errorField, message);
            return null;
        }
        return ZonedDateTime.of(date, clock, LONDON).toInstant();
    }

    static LocalDate parseDate(String value) {
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(value);
            if (dmy.matches()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1)));
            }
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException notADate) {
            return null;
        }
        return null;
    }

    static LocalTime parseTime(String value) {
        Matcher time = TIME.matcher(value);
        if (!time.matches()) {
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
        } catch (DateTimeException notATime) {
            return null;
        }
    }
}
