package org.safeguard.intake.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.Map;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.shell.TypedDates;

/**
 * Dates, times, numbers and yes/no answers as people type them in the intake forms. A value that
 * cannot be read adds a problem for its field and gives null, so every problem shows at once.
 */
final class FormValues {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

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
        return TypedDates.date(value);
    }

    static LocalTime parseTime(String value) {
        return TypedDates.time(value);
    }
}
