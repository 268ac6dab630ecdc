package org.safeguard.offender;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.safeguard.intake.OffenceGroup;
import org.safeguard.offender.rules.RfgScoring;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force's weights for the RFG priority list ({@code rules.RfgScoring} explains the method), with
 * DOMAIN.md's defaults; a bad value stops start-up with the key named.
 *
 * @param windowMonths        calendar months of domestic abuse incidents counted (default 36)
 * @param recencyWithinMonths recency bands, nearest first (default 3, 6, 12, 24)
 * @param recencyPoints       R within each band, then beyond the last (default 5, 4, 3, 2, 1)
 * @param frequencyCap        F counts at most this many incidents (default 10)
 * @param gravity             weights by offence group, e.g. {@code gravity.strangulation=8}; a group not named
 *                            keeps its default
 * @param noOffence           the weight of an incident with no offence recorded (default 0)
 * @param perExtraVictim      what each victim after the first adds to the multiplier (default 0.5)
 * @param listSize            how many perpetrators the list page shows unless asked for more (default 50)
 * @param fullRun             when the whole list is recomputed (cron, Europe/London; default 03:15 every night;
 *                            "-" for never)
 */
@ConfigurationProperties("safeguard.offender.rfg")
record RfgSettings(@DefaultValue("36") int windowMonths,
                   @DefaultValue({"3", "6", "12", "24"}) List<Integer> recencyWithinMonths,
                   @DefaultValue({"5", "4", "3", "2", "1"}) List<Integer> recencyPoints,
                   @DefaultValue("10") int frequencyCap,
                   Map<OffenceGroup, Integer> gravity,
                   @DefaultValue("0") int noOffence,
                   @DefaultValue("0.5") BigDecimal perExtraVictim,
                   @DefaultValue("50") int listSize,
                   @DefaultValue("0 15 3 * * *") String fullRun) {

    RfgSettings {
        gravity = gravity == null ? Map.of() : Map.copyOf(gravity);
        List<String> problems = new java.util.ArrayList<>(weightsFrom(windowMonths, recencyWithinMonths, recencyPoints,
                frequencyCap, gravity, noOffence, perExtraVictim).problems());
        if (listSize < 1 || listSize > PriorityList.MOST_SHOWN) {
            problems.add("list-size must be from 1 to " + PriorityList.MOST_SHOWN);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("safeguard.offender.rfg: " + String.join("; ", problems));
        }
    }

    /** The method's weights: the defaults with the gravity weights set here over them. */
    RfgScoring.Weights weights() {
        return weightsFrom(windowMonths, recencyWithinMonths, recencyPoints, frequencyCap, gravity, noOffence, perExtraVictim);
    }

    private static RfgScoring.Weights weightsFrom(int windowMonths, List<Integer> within, List<Integer> points, int cap,
                                                  Map<OffenceGroup, Integer> gravity, int noOffence, BigDecimal perExtraVictim) {
        Map<OffenceGroup, Integer> weights = RfgScoring.Weights.defaultGravity();
        weights.putAll(gravity);
        return new RfgScoring.Weights(windowMonths, within, points, cap, weights, noOffence, perExtraVictim);
    }
}
