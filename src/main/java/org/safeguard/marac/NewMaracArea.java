package org.safeguard.marac;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A MARAC area as a coordinator or administrator typed it. Nulls are what was left blank; the facade says what
 * is missing. {@code capacity} null means the default of 20 cases a meeting.
 *
 * @param covers the intake areas (towns or postcode districts) it covers, one per entry
 */
public record NewMaracArea(String name, List<String> covers, Integer weekOfMonth, DayOfWeek dayOfWeek,
                           LocalTime startsAt, Integer capacity, String chair, String coordinator,
                           List<String> coreAgencies, List<Representative> representatives) {

    public NewMaracArea {
        covers = covers == null ? List.of() : List.copyOf(covers);
        coreAgencies = coreAgencies == null ? List.of() : List.copyOf(coreAgencies);
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }
}
