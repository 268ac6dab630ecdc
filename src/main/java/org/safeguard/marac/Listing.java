package org.safeguard.marac;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.safeguard.marac.rules.MeetingSchedule;
import org.safeguard.marac.store.MeetingStore;
import org.springframework.stereotype.Component;

/**
 * Finds a case its place: the next meeting of the area with space, at least the notice period ahead, making the
 * meeting from the area's schedule when it is not there yet. Each meeting tried is locked before its cases are
 * counted and stays locked until the caller's transaction ends, so two cases listed at once cannot both take
 * its last place.
 */
@Component("maracListing")
class Listing {

    /** How far ahead to look for a meeting with space before leaving a case waiting (two years of meetings). */
    private static final int MEETINGS_TO_TRY = 24;

    private final MeetingStore meetings;
    private final AgendaSettings settings;
    private final Clock clock;

    Listing(MeetingStore meetings, AgendaSettings settings, Clock clock) {
        this.meetings = meetings;
        this.settings = settings;
        this.clock = clock;
    }

    /** The meeting (locked) the area's next case should join; empty when none in the next two years has space. */
    Optional<Meeting> nextWithSpace(MaracArea area) {
        Instant notBefore = clock.instant().plus(Duration.ofDays(settings.listingNoticeDays()));
        MeetingSchedule schedule = new MeetingSchedule(area.weekOfMonth(), area.dayOfWeek(), area.startsAt());
        for (Instant heldAt : schedule.meetingsAfter(notBefore, MEETINGS_TO_TRY)) {
            Meeting meeting = meetings.lockOrCreate(area.id(), heldAt, area.capacity());
            if (meeting.status() == Meeting.Status.SCHEDULED && !meeting.full()) {
                return Optional.of(meeting);
            }
        }
        return Optional.empty();
    }

    /** The area's meetings from now on, the next {@code count} by its schedule made as needed: where a case may move. */
    List<Meeting> upcoming(MaracArea area, int count) {
        Instant now = clock.instant();
        MeetingSchedule schedule = new MeetingSchedule(area.weekOfMonth(), area.dayOfWeek(), area.startsAt());
        schedule.meetingsAfter(now, count).forEach(heldAt -> meetings.ensure(area.id(), heldAt, area.capacity()));
        return meetings.from(List.of(area.id()), now, count + 12);
    }
}
