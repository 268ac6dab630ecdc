package org.safeguard.access.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a record is due for review: its last activity (as a UK day) plus the record type's period, or, once kept at a
 * review, the later of that and the next review date the review set. Plain Java, no clock of its own.
 */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    /** Records whose last activity is before this instant are due on or before {@code today}. */
    public static Instant dueWhenActiveBefore(LocalDate today, Period period, ZoneId zone) {
        return today.minus(period).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day the record is (or was) due: last activity + period, or the next review a keeping decision set if later. */
    public static LocalDate dueOn(Instant lastActivity, Period period, Optional<LocalDate> nextReview, ZoneId zone) {
        LocalDate byActivity = lastActivity.atZone(zone).toLocalDate().plus(period);
        return nextReview.filter(next -> next.isAfter(byActivity)).orElse(byActivity);
    }

    /** A record kept today is next reviewed one period from today. */
    public static LocalDate nextReviewWhenKept(LocalDate today, Period period) {
        return today.plus(period);
    }
}
