package org.safeguard.marac.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** A MARAC meets monthly on the nth weekday at a UK wall-clock time, whatever the season. */
class MeetingScheduleTests {

    private final MeetingSchedule secondTuesdayAtTen = new MeetingSchedule(2, DayOfWeek.TUESDAY, LocalTime.of(10, 0));

    @Test
    void secondTuesdayStaysAtTenUkTimeAcrossTheClocksGoingBackInOctober() {
        Instant after = Instant.parse("2026-10-01T00:00:00Z");
        var meetings = secondTuesdayAtTen.meetingsAfter(after, 2);
        // 13 October 2026 is in BST (UTC+1); 10 November 2026 in GMT.
        assertThat(meetings).containsExactly(Instant.parse("2026-10-13T09:00:00Z"), Instant.parse("2026-11-10T10:00:00Z"));
        assertThat(meetings).allSatisfy(m -> assertThat(m.atZone(MeetingSchedule.UK).toLocalTime()).isEqualTo(LocalTime.of(10, 0)));
    }

    @Test
    void secondTuesdayStaysAtTenUkTimeAcrossTheClocksGoingForwardInMarch() {
        var meetings = secondTuesdayAtTen.meetingsAfter(Instant.parse("2027-03-01T00:00:00Z"), 2);
        assertThat(meetings).containsExactly(Instant.parse("2027-03-09T10:00:00Z"), Instant.parse("2027-04-13T09:00:00Z"));
    }

    @Test
    void theNextMeetingIsStrictlyAfterTheMomentGiven() {
        Instant meeting = secondTuesdayAtTen.meetingIn(YearMonth.of(2026, 12));
        assertThat(meeting).isEqualTo(ZonedDateTime.parse("2026-12-08T10:00:00Z[Europe/London]").toInstant());
        assertThat(secondTuesdayAtTen.meetingsAfter(meeting, 1)).containsExactly(Instant.parse("2027-01-12T10:00:00Z"));
        assertThat(secondTuesdayAtTen.meetingsAfter(meeting.minusSeconds(1), 1)).containsExactly(meeting);
    }

    @Test
    void fourthFridayOfFebruaryInALeapYear() {
        var fourthFriday = new MeetingSchedule(4, DayOfWeek.FRIDAY, LocalTime.of(13, 30));
        assertThat(fourthFriday.meetingIn(YearMonth.of(2028, 2))).isEqualTo(Instant.parse("2028-02-25T13:30:00Z"));
    }

    @Test
    void aFifthWeekIsNotASchedule() {
        assertThatThrownBy(() -> new MeetingSchedule(5, DayOfWeek.MONDAY, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
