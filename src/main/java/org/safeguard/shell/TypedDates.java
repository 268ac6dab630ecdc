package org.safeguard.shell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people type them in any form: 27/3/1985, 27-03-1985, 27.3.1985, 27 3 1985 or
 * 1985-03-27; 21:05, 21.05 or 2105. Null for anything that is not a real date or time, so each form can
 * say what it wanted in its own words.
 */
public final class TypedDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");

    private TypedDates() {
    }

    public static LocalDate date(String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.strip();
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

    public static LocalTime time(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher time = TIME.matcher(typed.strip());
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
