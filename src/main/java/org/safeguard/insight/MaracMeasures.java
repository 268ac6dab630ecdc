package org.safeguard.insight;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.safeguard.insight.Figure.Unit;
import org.safeguard.insight.rules.Measures;
import org.safeguard.insight.rules.SmallNumbers;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.marac.MaracFigures;
import org.safeguard.marac.MaracReturns;
import org.springframework.stereotype.Component;

/**
 * The MARAC measures, read live from the MARAC module's figures (counted as its quarterly return counts them): cases
 * heard, the repeat rate, volume per 10,000 adult women, and the equality monitoring of the cases heard.
 */
@Component
class MaracMeasures {

    private static final String MARAC_FILTERS = " Area: the MARAC covering that town. Agency and risk level do not "
            + "apply (MARAC hears high-risk cases).";

    private final MaracReturns maracs;
    private final TallyStore tallies;
    private final Clock clock;

    MaracMeasures(MaracReturns maracs, TallyStore tallies, Clock clock) {
        this.maracs = maracs;
        this.tallies = tallies;
        this.clock = clock;
    }

    private MaracFigures figures(DashboardFilter filter, Period period) {
        return maracs.figures(period.start(), period.end(), filter.area());
    }

    /** The MARAC section: the overview reads two periods, the section page twelve (the last two are the same). */
    PartnerFigures.Part section(DashboardFilter filter, boolean withCharts) {
        Period period = filter.period();
        List<Period> periods = withCharts ? period.lastN(12) : period.lastN(2);
        List<MaracFigures> series = periods.stream().map(p -> figures(filter, p)).toList();
        MaracFigures now = series.get(series.size() - 1);
        MaracFigures before = series.get(series.size() - 2);
        Map<String, Long> women = tallies.adultWomen();
        List<Figure> figures = List.of(
                new Figure("marac-cases-heard", "MARAC cases heard", (double) now.casesHeard(),
                        (double) before.casesHeard(), Unit.COUNT,
                        "Cases heard at MARAC meetings held in the period, repeats included." + MARAC_FILTERS,
                        null, noteFor(filter)),
                new Figure("marac-repeat-rate", "MARAC repeat rate", repeatRate(now), repeatRate(before), Unit.PERCENT,
                        "Repeat cases (abuse again within 12 months of the last MARAC referral) as a share of cases "
                                + "heard." + MARAC_FILTERS, Benchmarks.MARAC_REPEAT_RATE, noteFor(filter)),
                new Figure("marac-per-10000-women", "MARAC cases per 10,000 adult women",
                        perWomen(now, PartnerFigures.yearsElapsed(period, clock), women),
                        perWomen(before, PartnerFigures.yearsElapsed(period.previous(), clock), women),
                        Unit.PER_10000, "Cases heard in the period, scaled to a year (by the days so far when the "
                                + "period has not ended), for every 10,000 women aged 16 and over living in the towns "
                                + "the MARAC(s) cover." + MARAC_FILTERS, Benchmarks.MARAC_VOLUME,
                        PartnerFigures.join(PartnerFigures.soFar(period, clock), populationNote(now, women, filter))),
                new Figure("marac-children", "MARAC cases with children", Measures.percent(now.casesWithChildren(),
                        now.casesHeard()), Measures.percent(before.casesWithChildren(), before.casesHeard()),
                        Unit.PERCENT, "Cases heard with children in the household, as a share of cases heard."
                        + MARAC_FILTERS, null, noteFor(filter)));
        if (!withCharts) {
            return new PartnerFigures.Part(figures, List.of());
        }
        List<Chart> charts = new ArrayList<>();
        charts.add(SectionCharts.trend("marac-cases-heard", "MARAC cases heard", periods,
                series.stream().map(m -> (Double) (double) m.casesHeard()).toList()));
        charts.add(SectionCharts.trend("marac-repeat-rate", "MARAC repeat rate (%)", periods,
                series.stream().map(MaracMeasures::repeatRate).toList()));
        charts.add(SectionCharts.shares("marac-referrals-by-agency", "MARAC referrals by referring agency",
                "Referring agency", now.referralsByAgency(),
                "Cases heard in " + period.label() + " by the agency that referred them, with each agency's share."));
        return new PartnerFigures.Part(figures, charts);
    }

    /**
     * The equality monitoring of MARAC cases heard (Black, Asian or racially minoritised, LGBT+, disabled): the only
     * place the product records ethnicity, sexual orientation or disability. Shares are of the cases where the
     * referral recorded it.
     */
    PartnerFigures.Part equality(DashboardFilter filter, boolean withCharts) {
        MaracFigures now = figures(filter, filter.period());
        MaracFigures before = figures(filter, filter.period().previous());
        List<Figure> figures = List.of(
                equalityFigure("marac-bme", "MARAC victims: Black, Asian or racially minoritised", now, before,
                        MaracFigures::blackAndMinorityEthnic, filter),
                equalityFigure("marac-lgbt", "MARAC victims: LGBT+", now, before, MaracFigures::lgbt, filter),
                equalityFigure("marac-disability", "MARAC victims: disabled", now, before, MaracFigures::disability,
                        filter));
        if (!withCharts) {
            return new PartnerFigures.Part(figures, List.of());
        }
        List<Chart.Row> rows = List.of(
                equalityRow("Black, Asian or racially minoritised", now, now.blackAndMinorityEthnic()),
                equalityRow("LGBT+", now, now.lgbt()), equalityRow("Disabled", now, now.disability()));
        return new PartnerFigures.Part(figures, List.of(new Chart("marac-equality",
                "Equality monitoring of MARAC cases heard",
                Chart.Kind.TABLE, "Victims who are", List.of("Victims", "Share where recorded (%)", "Not recorded"),
                rows, "Victims of the " + now.casesHeard() + " MARAC cases heard in " + filter.period().label()
                + ", as their referral recorded them; cases where it was left empty are counted apart. "
                + SmallNumbers.NOTE)));
    }

    private static Figure equalityFigure(String id, String label, MaracFigures now, MaracFigures before,
                                   Function<MaracFigures, MaracFigures.Recorded> field,
                                   DashboardFilter filter) {
        List<Long> shown = shown(now, field.apply(now));
        Long notRecorded = shown.get(2);
        return new Figure(id, label, shownShare(now, field.apply(now)), shownShare(before, field.apply(before)),
                Unit.PERCENT, "Victims of MARAC cases heard in the period, as a share of the cases where the referral "
                + "recorded it." + MARAC_FILTERS, null,
                PartnerFigures.join(notRecorded != null && notRecorded > 0
                        ? "Not recorded for " + notRecorded + " of the cases heard." : null,
                        PartnerFigures.join(shown.contains(null) ? SmallNumbers.NOTE : null, noteFor(filter))));
    }

    private static Chart.Row equalityRow(String label, MaracFigures figures, MaracFigures.Recorded recorded) {
        List<Long> shown = shown(figures, recorded);
        return new Chart.Row(label, Arrays.asList(shown.get(0) == null ? null : (double) shown.get(0),
                shownShare(figures, recorded), shown.get(2) == null ? null : (double) shown.get(2)));
    }

    /**
     * The victims who are, are not, and are not recorded (adding up to the cases heard, which the page shows), as
     * they may be shown: small numbers hidden ({@link SmallNumbers}).
     */
    private static List<Long> shown(MaracFigures figures, MaracFigures.Recorded recorded) {
        long not = Math.max(0, figures.casesHeard() - recorded.count() - recorded.notRecorded());
        return SmallNumbers.shown(List.of(recorded.count(), not, recorded.notRecorded()));
    }

    /** The share where recorded, unless any of its counts is hidden: the share would give it back. */
    private static Double shownShare(MaracFigures figures, MaracFigures.Recorded recorded) {
        return shown(figures, recorded).contains(null) ? null : recordedShare(figures, recorded);
    }

    private static Double recordedShare(MaracFigures figures, MaracFigures.Recorded recorded) {
        return Measures.percent(recorded.count(), figures.casesHeard() - recorded.notRecorded());
    }

    private static Double repeatRate(MaracFigures figures) {
        return Measures.percent(figures.repeats(), figures.casesHeard());
    }

    /** Null unless every town the MARAC(s) cover has an adult female population recorded: a part would overstate. */
    private static Double perWomen(MaracFigures figures, double years, Map<String, Long> women) {
        if (figures.towns().isEmpty() || !women.keySet().containsAll(figures.towns())) {
            return null;
        }
        long population = figures.towns().stream().mapToLong(women::get).sum();
        return Measures.per10000AYear(figures.casesHeard(), years, population);
    }

    private static String populationNote(MaracFigures figures, Map<String, Long> women, DashboardFilter filter) {
        List<String> missing = figures.towns().stream().filter(t -> !women.containsKey(t)).sorted().toList();
        String note = null;
        if (figures.towns().isEmpty()) {
            note = "No MARAC covers the area chosen.";
        } else if (!missing.isEmpty()) {
            note = "No adult female population is recorded for " + String.join(", ", missing)
                    + ": an administrator can add the ONS figures on the adult population page (/insight/population).";
        }
        return PartnerFigures.join(note, noteFor(filter));
    }

    private static String noteFor(DashboardFilter filter) {
        return filter.agency() != null || filter.risk() != null ? "Not filtered by agency or risk level." : null;
    }
}
