package org.safeguard.marac.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a MARAC meets: monthly, on the {@code weekOfMonth}th {@code dayOfWeek} (the second Tuesday, say) at
 * {@code startsAt} UK time. The time stays the same on the wall clock whatever the season: a 10:00 meeting is at
 * 10:00 GMT in winter and 10:00 BST in summer.
 */
public record MeetingSchedule(int weekOfMonth, DayOfWeek dayOfWeek, LocalTime startsAt) {

    /** UK time, in which meetings are arranged. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public MeetingSchedule {
        if (weekOfMonth < 1 || weekOfMonth > 4) {
            throw new IllegalArgumentException("weekOfMonth must be 1 to 4, not " + weekOfMonth);
        }
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    /** The meeting of the given month. */
    public Instant meetingIn(YearMonth month) {
        LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, dayOfWeek));
        return ZonedDateTime.of(day, startsAt, UK).toInstant();
    }

    /** The next {@code count} meetings strictly after {@code after}, soonest first. */
    public List<Instant> meetingsAfter(Instant after, int count) {
        List<Instant> meetings = new ArrayList<>(count);
        YearMonth month = YearMonth.from(after.atZone(UK));
        while (meetings.size() < count) {
            Instant meeting = meetingIn(month);
            if (meeting.isAfter(after)) {
                meetings.add(meeting);
            }
            month = month.plusMonths(1);
        }
        return meetings;
    }
}
