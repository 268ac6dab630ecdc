package org.safeguard.marac;

import java.util.List;
import java.util.Map;

/**
 * A MARAC's (or every MARAC's) figures for a period, for the dashboard: cases heard (repeats included),
 * repeats among them, meetings held, cases with children, referrals by referring agency, and the towns the
 * areas counted cover (to divide by their adult female population).
 */
public record MaracFigures(long casesHeard, long repeats, long meetings, long casesWithChildren,
                           Map<String, Long> referralsByAgency, List<String> towns) {

    public MaracFigures {
        referralsByAgency = Map.copyOf(referralsByAgency);
        towns = List.copyOf(towns);
    }
}
