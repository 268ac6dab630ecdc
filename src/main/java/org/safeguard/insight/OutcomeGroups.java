package org.safeguard.insight;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.insight.Figure.Unit;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.rules.Measures;
import org.safeguard.insight.rules.Sums;
import org.safeguard.intake.CrimeOutcome;

/**
 * Crime outcomes of domestic abuse crimes by Home Office outcome group (intake's {@link CrimeOutcome.Group}): the
 * tallies keep each outcome code in its slot, and the groups are added up here.
 */
final class OutcomeGroups {

    private static final String DEFINITION = " Domestic abuse crimes on incidents received in the period, by the "
            + "outcome recorded so far, as a share of those with an outcome. Filtered by the incident's area, its "
            + "owning agency and the victim's latest assessed risk level.";

    private OutcomeGroups() {
    }

    /** Crimes with an outcome in each group, every group listed (zero included), in the framework's order. */
    static Map<CrimeOutcome.Group, Long> counts(Sums sums) {
        Map<CrimeOutcome.Group, Long> counts = new EnumMap<>(CrimeOutcome.Group.class);
        for (CrimeOutcome.Group group : CrimeOutcome.Group.values()) {
            counts.put(group, 0L);
        }
        CrimeOutcome[] outcomes = CrimeOutcome.values();
        sums.slots(Counter.DA_OUTCOMES).forEach((slot, count) -> {
            if (slot >= 0 && slot < outcomes.length) {
                counts.merge(outcomes[slot].group(), count, Long::sum);
            }
        });
        return counts;
    }

    static List<Figure> figures(DashboardFilter filter, Reading now, Reading before) {
        Map<CrimeOutcome.Group, Long> n = counts(now.counted(CountedMeasure.Filters.ALL));
        Map<CrimeOutcome.Group, Long> b = counts(before.counted(CountedMeasure.Filters.ALL));
        return List.of(
                share("charge-summons", "Charged or summonsed", CrimeOutcome.Group.CHARGE_SUMMONS, n, b,
                        Benchmarks.CHARGE_SHARE),
                share("caution", "Cautioned", CrimeOutcome.Group.CAUTION, n, b, Benchmarks.CAUTION_SHARE),
                share("community-resolution", "Community resolution", CrimeOutcome.Group.COMMUNITY_RESOLUTION, n, b,
                        null),
                share("evidential-victim-not-supporting", "Evidential difficulties: victim does not support action",
                        CrimeOutcome.Group.EVIDENTIAL_VICTIM_NOT_SUPPORTING, n, b, null));
    }

    static Chart chart(Reading now, Period period) {
        Map<String, Long> byLabel = new LinkedHashMap<>();
        counts(now.counted(CountedMeasure.Filters.ALL)).forEach((group, count) -> byLabel.put(group.label(), count));
        return SectionCharts.inOrder("outcome-groups", "Crime outcomes by Home Office outcome group", Chart.Kind.BAR,
                "Outcome group", "Crimes", byLabel, "Domestic abuse crimes on incidents received in " + period.label()
                        + " by the outcome group of the outcome recorded so far, with each group's share.");
    }

    private static Figure share(String id, String label, CrimeOutcome.Group group, Map<CrimeOutcome.Group, Long> now,
                                Map<CrimeOutcome.Group, Long> before, Benchmark benchmark) {
        return new Figure(id, label, percent(group, now), percent(group, before), Unit.PERCENT,
                group.label() + "." + DEFINITION, benchmark,
                "Crimes still under investigation have no outcome yet and are not counted. Grouped by the month the "
                        + "incident was received, not the month of the outcome: a recent period holds only the "
                        + "outcomes reached quickly, so its shares change as slower outcomes arrive.");
    }

    private static Double percent(CrimeOutcome.Group group, Map<CrimeOutcome.Group, Long> counts) {
        return Measures.percent(counts.get(group), counts.values().stream().mapToLong(Long::longValue).sum());
    }
}
