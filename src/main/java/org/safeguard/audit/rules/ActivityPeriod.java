package org.safeguard.audit.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.safeguard.platform.InvalidRequest;

/**
 * The days a per-user activity report covers, both ends included: by default the last 30 days, at most 90, so one
 * report stays readable and one query stays cheap. A report lists at most {@link #MOST_ROWS} rows and says so.
 */
public record ActivityPeriod(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 30;
    public static final int LONGEST_DAYS = 90;
    public static final int MOST_ROWS = 5_000;

    /**
     * The period between two dates (a missing start is 30 days before the end; a missing end is today), refused when
     * it ends before it starts or covers more than 90 days.
     */
    public static ActivityPeriod between(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : from;
        if (end.isBefore(start)) {
            throw InvalidRequest.of("to", "The end date must be the same as or after the start date");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > LONGEST_DAYS) {
            throw InvalidRequest.of("to", "A report covers at most " + LONGEST_DAYS
                    + " days: choose an end date within " + LONGEST_DAYS + " days of the start date");
        }
        return new ActivityPeriod(start, end);
    }
}
