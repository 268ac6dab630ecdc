package org.safeguard.insight;

import java.util.Map;
import org.safeguard.insight.rules.Sums;

/**
 * What the counted measures of one period are worked out from: the tallies summed with each set of filters a
 * measure may use, and the people counted once in the period (area only).
 */
record Reading(Map<CountedMeasure.Filters, Sums> counted, Sums people) {

    Reading {
        counted = Map.copyOf(counted);
    }

    Sums counted(CountedMeasure.Filters filters) {
        return counted.getOrDefault(filters, Sums.none());
    }
}
