package org.safeguard.marac;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A MARAC area as a set-up script or the demo creates it: the towns it covers, its monthly schedule, capacity, chair,
 * coordinator, core agencies and each agency's named representative.
 *
 * @param representatives agency code by username
 */
public record ImportedMaracArea(String name, List<String> covers, int weekOfMonth, DayOfWeek dayOfWeek,
                                LocalTime startsAt, int capacity, String chair, String coordinator,
                                List<String> coreAgencies, Map<String, String> representatives) {

    public ImportedMaracArea {
        covers = List.copyOf(covers);
        coreAgencies = List.copyOf(coreAgencies);
        representatives = Map.copyOf(representatives);
    }
}
