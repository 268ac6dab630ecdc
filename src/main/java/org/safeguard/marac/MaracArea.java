package org.safeguard.marac;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A MARAC and the intake areas (towns) it covers. It meets monthly on the {@code weekOfMonth}th
 * {@code dayOfWeek} at {@code startsAt} (UK time) and hears at most {@code capacity} cases a meeting.
 *
 * @param chair        the chair's username
 * @param coordinator  the coordinator's username
 * @param coreAgencies the access agency codes expected at every meeting (each returns research)
 */
public record MaracArea(long id, String name, List<String> covers, int weekOfMonth, DayOfWeek dayOfWeek,
                        LocalTime startsAt, int capacity, String chair, String coordinator, List<String> coreAgencies,
                        int version) {

    public MaracArea {
        covers = List.copyOf(covers);
        coreAgencies = List.copyOf(coreAgencies);
    }

    public boolean covers(String area) {
        return area != null && covers.stream().anyMatch(a -> a.equalsIgnoreCase(area.strip()));
    }
}
