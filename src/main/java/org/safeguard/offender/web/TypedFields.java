package org.safeguard.offender.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.shell.TypedDates;

/** Reading what was typed into the custody, programme and order forms, and putting a refusal's messages in form order. */
final class TypedFields {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private TypedFields() {
    }

    /** An id in a page's address; anything that is not one is a page that does not exist. */
    static long id(String typed, String what) {
        if (typed == null || !ID.matcher(typed).matches()) {
            throw new RecordNotFound(what, typed);
        }
        return Long.parseLong(typed);
    }

    /** The hidden version field; -1 (which no record has) when missing or altered, so saving is refused as stale. */
    static int version(Map<String, String> typed) {
        String value = typed.get("version");
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : -1;
    }

    /** The enum value named by the field, or null when it names none (the facade then says what is missing). */
    static <E extends Enum<E>> E choice(Class<E> type, String typed) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(typed)) {
                return value;
            }
        }
        return null;
    }

    /**
     * A moment typed as a UK date (24/11/2026) and a 24-hour time (21:05), in UK time. Null when both are blank
     * (the facade says it is needed) or when either cannot be read (a problem for that field is added).
     */
    static Instant moment(Map<String, String> typed, String dateField, String timeField, String what,
                          InvalidRequest.Check problems) {
        String dateText = blankToNull(typed.get(dateField));
        String timeText = blankToNull(typed.get(timeField));
        if (dateText == null && timeText == null) {
            return null;
        }
        LocalDate date = TypedDates.date(dateText);
        LocalTime time = TypedDates.time(timeText);
        problems.require(dateText != null, dateField, "Enter the date " + what + ", like 24/11/2026")
                .require(dateText == null || date != null, dateField, "Enter the date " + what + " as a real date, like 24/11/2026")
                .require(timeText != null, timeField, "Enter the time " + what + ", like 21:05")
                .require(timeText == null || time != null, timeField, "Enter the time " + what + " as a 24-hour time, like 21:05");
        return date == null || time == null ? null : date.atTime(time).atZone(LONDON).toInstant();
    }

    /**
     * The messages to show: those found reading the form first, then the facade's in the form's order — leaving out
     * the facade's message about a moment whose typed date or time could not be read ({@code covered}).
     */
    static Map<String, String> problems(InvalidRequest.Check unreadable, InvalidRequest refused, List<String> fields,
                                        Set<String> covered) {
        Map<String, String> found = new LinkedHashMap<>();
        try {
            unreadable.throwIfAny();
        } catch (InvalidRequest unread) {
            found.putAll(unread.byField());
        }
        boolean unreadMoment = covered.stream().anyMatch(unreadable::hasProblemWith);
        refused.byField().forEach((field, message) -> {
            if (!(unreadMoment && covered.contains(field))) {
                found.putIfAbsent(field, message);
            }
        });
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.stream().filter(found::containsKey).forEach(f -> ordered.put(f, found.get(f)));
        found.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
