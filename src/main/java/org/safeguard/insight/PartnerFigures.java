package org.safeguard.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguard.insight.Figure.Unit;
import org.safeguard.insight.rules.Measures;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.marac.MaracFigures;
import org.safeguard.marac.MaracReturns;
import org.safeguard.referral.IdvaCaseload;
import org.safeguard.referral.Referrals;
import org.safeguard.risk.DipSampleReport;
import org.safeguard.risk.DipSamples;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.JourneyNow;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The measures read live from the other modules' facades, because they are small or state what is true now:
 * MARAC cases heard, IDVA caseloads, the named SPOC and overdue tasks, dip-sample agreement. The signed-in
 * user's own access applies.
 */
@Component
class PartnerFigures {

    /** Who the dip-sampling report answers (risk.DipSamples): the others see a note instead of a figure. */
    private static final Set<String> SEE_DIP_SAMPLES = Set.of("ROLE_SUPERVISOR", "ROLE_DA_SPECIALIST", "ROLE_ANALYST");
    private static final String MARAC_FILTERS = " Area: the MARAC covering that town. Agency and risk level do not "
            + "apply (MARAC hears high-risk cases).";

    private final MaracReturns maracs;
    private final Referrals referrals;
    private final Cases cases;
    private final DipSamples dipSamples;
    private final TallyStore tallies;

    PartnerFigures(MaracReturns maracs, Referrals referrals, Cases cases, DipSamples dipSamples, TallyStore tallies) {
        this.maracs = maracs;
        this.referrals = referrals;
        this.cases = cases;
        this.dipSamples = dipSamples;
        this.tallies = tallies;
    }

    /** A section's live part: its figures and, when asked for, its charts. */
    record Part(List<Figure> figures, List<Chart> charts) {
    }

    MaracFigures marac(DashboardFilter filter, Period period) {
        return maracs.figures(period.start(), period.end(), filter.area());
    }

    Part marac(DashboardFilter filter, boolean withCharts) {
        Period period = filter.period();
        MaracFigures now = marac(filter, period);
        MaracFigures before = marac(filter, period.previous());
        Map<String, Long> women = tallies.adultWomen();
        List<Figure> figures = List.of(
                new Figure("marac-cases-heard", "MARAC cases heard", (double) now.casesHeard(),
                        (double) before.casesHeard(), Unit.COUNT,
                        "Cases heard at MARAC meetings held in the period, repeats included." + MARAC_FILTERS,
                        null, noteFor(filter)),
                new Figure("marac-repeat-rate", "MARAC repeat rate", repeatRate(now), repeatRate(before), Unit.PERCENT,
                        "Repeat cases (abuse again within 12 months of the last MARAC referral) as a share of cases "
                                + "heard." + MARAC_FILTERS, Benchmarks.MARAC_REPEAT_RATE, noteFor(filter)),
                new Figure("marac-per-10000-women", "MARAC cases per 10,000 adult women", perWomen(now, period, women),
                        perWomen(before, period.previous(), women), Unit.PER_10000,
                        "Cases heard in the period, scaled to a year, for every 10,000 women aged 16 and over living "
                                + "in the towns the MARAC(s) cover." + MARAC_FILTERS, Benchmarks.MARAC_VOLUME,
                        populationNote(now, women, filter)),
                new Figure("marac-children", "MARAC cases with children", Measures.percent(now.casesWithChildren(),
                        now.casesHeard()), Measures.percent(before.casesWithChildren(), before.casesHeard()),
                        Unit.PERCENT, "Cases heard with children in the household, as a share of cases heard."
                        + MARAC_FILTERS, null, noteFor(filter)));
        if (!withCharts) {
            return new Part(figures, List.of());
        }
        List<Period> periods = period.lastN(12);
        List<MaracFigures> series = periods.stream().map(p -> marac(filter, p)).toList();
        List<Chart> charts = new ArrayList<>();
        charts.add(SectionCharts.trend("marac-cases-heard", "MARAC cases heard", periods,
                series.stream().map(m -> (Double) (double) m.casesHeard()).toList()));
        charts.add(SectionCharts.trend("marac-repeat-rate", "MARAC repeat rate (%)", periods,
                series.stream().map(PartnerFigures::repeatRate).toList()));
        charts.add(SectionCharts.shares("marac-referrals-by-agency", "MARAC referrals by referring agency",
                "Referring agency", now.referralsByAgency(),
                "Cases heard in " + period.label() + " by the agency that referred them, with each agency's share."));
        return new Part(figures, charts);
    }

    /**
     * The equality monitoring of MARAC cases heard (Black, Asian or racially minoritised, LGBT+, disabled): the only
     * place the product records ethnicity, sexual orientation or disability. Shares are of the cases where the
     * referral recorded it.
     */
    Part maracEquality(DashboardFilter filter, boolean withCharts) {
        MaracFigures now = marac(filter, filter.period());
        MaracFigures before = marac(filter, filter.period().previous());
        List<Figure> figures = List.of(
                equality("marac-bme", "MARAC victims: Black, Asian or racially minoritised", now, before,
                        MaracFigures::blackAndMinorityEthnic, filter),
                equality("marac-lgbt", "MARAC victims: LGBT+", now, before, MaracFigures::lgbt, filter),
                equality("marac-disability", "MARAC victims: disabled", now, before, MaracFigures::disability, filter));
        if (!withCharts) {
            return new Part(figures, List.of());
        }
        List<Chart.Row> rows = List.of(
                equalityRow("Black, Asian or racially minoritised", now, now.blackAndMinorityEthnic()),
                equalityRow("LGBT+", now, now.lgbt()), equalityRow("Disabled", now, now.disability()));
        return new Part(figures, List.of(new Chart("marac-equality", "Equality monitoring of MARAC cases heard",
                Chart.Kind.TABLE, "Victims who are", List.of("Victims", "Share where recorded (%)", "Not recorded"),
                rows, "Victims of the " + now.casesHeard() + " MARAC cases heard in " + filter.period().label()
                + ", as their referral recorded them; cases where it was left empty are counted apart.")));
    }

    private static Figure equality(String id, String label, MaracFigures now, MaracFigures before,
                                   java.util.function.Function<MaracFigures, MaracFigures.Recorded> field,
                                   DashboardFilter filter) {
        return new Figure(id, label, recordedShare(now, field.apply(now)), recordedShare(before, field.apply(before)),
                Unit.PERCENT, "Victims of MARAC cases heard in the period, as a share of the cases where the referral "
                + "recorded it." + MARAC_FILTERS, null,
                join(field.apply(now).notRecorded() > 0
                        ? "Not recorded for " + field.apply(now).notRecorded() + " of the cases heard." : null,
                        noteFor(filter)));
    }

    private static Chart.Row equalityRow(String label, MaracFigures figures, MaracFigures.Recorded recorded) {
        return new Chart.Row(label, java.util.Arrays.asList((double) recorded.count(), recordedShare(figures, recorded),
                (double) recorded.notRecorded()));
    }

    private static Double recordedShare(MaracFigures figures, MaracFigures.Recorded recorded) {
        return Measures.percent(recorded.count(), figures.casesHeard() - recorded.notRecorded());
    }

    Part idva(DashboardFilter filter, boolean withCharts) {
        Period period = filter.period();
        List<IdvaCaseload> now = referrals.idvaCaseloads(period.startInstant(), period.endInstant());
        List<IdvaCaseload> before = referrals.idvaCaseloads(period.previous().startInstant(),
                period.previous().endInstant());
        String filters = " Every IDVA service in the directory with a full-time figure; area, agency and risk level "
                + "do not apply.";
        String note = idvaNote(now, filter);
        List<Figure> figures = List.of(
                new Figure("idva-referrals-per-worker", "IDVA referrals a year per full-time worker",
                        referralsPerWorker(now, period), referralsPerWorker(before, period.previous()), Unit.RATIO,
                        "Referrals the IDVA services received in the period, scaled to a year, divided by their "
                                + "full-time workers." + filters, Benchmarks.IDVA_REFERRALS, note),
                new Figure("idva-caseload-per-worker", "IDVA live caseload per full-time worker",
                        caseloadPerWorker(now), null, Unit.RATIO,
                        "Referrals the IDVA services have accepted and not closed, as they stand now, divided by "
                                + "their full-time workers." + filters, Benchmarks.IDVA_CASELOAD,
                        join("As it stands now, so there is no previous period.", note)));
        if (!withCharts) {
            return new Part(figures, List.of());
        }
        List<Chart.Row> rows = now.stream().sorted(Comparator.comparing(IdvaCaseload::serviceName))
                .map(c -> new Chart.Row(c.serviceName(), java.util.Arrays.asList(c.fullTimeWorkers(),
                        (double) c.openCases(), (double) c.referralsReceived(),
                        c.fullTimeWorkers() == null ? null : Measures.perWorker(c.openCases(), c.fullTimeWorkers()),
                        c.fullTimeWorkers() == null ? null
                                : Measures.perWorkerAYear(c.referralsReceived(), period.kind().months(),
                                c.fullTimeWorkers()))))
                .toList();
        Chart services = new Chart("idva-services", "IDVA services' caseloads", Chart.Kind.BAR, "IDVA service",
                List.of("Full-time workers", "Open cases", "Referrals received", "Open cases per worker",
                        "Referrals a year per worker"), rows,
                "Each IDVA service's full-time workers, live caseload and referrals received in " + period.label()
                        + "; per-worker figures are blank where no full-time figure is given.");
        return new Part(figures, List.of(services));
    }

    Part journeyNow(DashboardFilter filter) {
        JourneyNow now = cases.journeyNow(filter.area());
        String filters = " Filtered by area only.";
        String note = "As it stands now, not for the period, so there is no previous period."
                + (filter.agency() != null || filter.risk() != null ? " Not filtered by agency or risk level." : "");
        return new Part(List.of(
                new Figure("named-spoc", "Open cases with a named SPOC",
                        Measures.percent(now.openCasesWithNamedSpoc(), now.openCases()), null, Unit.PERCENT,
                        "Open cases whose single point of contact is a named person (not waiting for the specialist "
                                + "team to take over), as a share of open cases." + filters, Benchmarks.NAMED_SPOC,
                        note),
                new Figure("open-cases", "Open cases", (double) now.openCases(), null, Unit.COUNT,
                        "Safeguarding cases open now." + filters, null, note),
                new Figure("overdue-tasks", "Overdue tasks", (double) now.overdueTasks(), null, Unit.COUNT,
                        "Open tasks on open cases whose due time has passed." + filters, null, note)), List.of());
    }

    Part dipSamples(DashboardFilter filter) {
        String definition = " Reviews of assessments in dip samples whose week starts in the period; area, agency and "
                + "risk level do not apply.";
        if (!seesDipSamples()) {
            String note = "The dip-sampling report is shown to supervisors, specialists and analysts.";
            return new Part(List.of(
                    new Figure("dip-agreement", "Dip-sample agreement", null, null, Unit.PERCENT,
                            "Reviewers agreeing with the assessor's level." + definition, null, note),
                    new Figure("dip-kappa", "Dip-sample agreement (kappa)", null, null, Unit.RATIO,
                            "Cohen's kappa between reviewers' and assessors' levels." + definition, null, note)),
                    List.of());
        }
        DipSampleReport now = dipReport(filter.period());
        DipSampleReport before = dipReport(filter.period().previous());
        String note = filter.area() != null || filter.agency() != null || filter.risk() != null
                ? "Not filtered by area, agency or risk level." : null;
        return new Part(List.of(
                new Figure("dip-agreement", "Dip-sample agreement", Measures.percent(now.agreed(), now.reviews()),
                        Measures.percent(before.agreed(), before.reviews()), Unit.PERCENT,
                        "Reviews in which the reviewer's level agrees with the assessor's, as a share of reviews."
                                + definition, null, note),
                new Figure("dip-kappa", "Dip-sample agreement (kappa)", now.kappa(), before.kappa(), Unit.RATIO,
                        "Cohen's kappa between reviewers' and assessors' levels: 1 is full agreement, 0 no more than "
                                + "chance." + definition, null, note)), List.of());
    }

    private DipSampleReport dipReport(Period period) {
        return dipSamples.report(period.start(), period.end().minusDays(1));
    }

    private static boolean seesDipSamples() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(SEE_DIP_SAMPLES::contains);
    }

    private static Double repeatRate(MaracFigures figures) {
        return Measures.percent(figures.repeats(), figures.casesHeard());
    }

    /** Null unless every town the MARAC(s) cover has an adult female population recorded: a part would overstate. */
    private static Double perWomen(MaracFigures figures, Period period, Map<String, Long> women) {
        if (figures.towns().isEmpty() || !women.keySet().containsAll(figures.towns())) {
            return null;
        }
        long population = figures.towns().stream().mapToLong(women::get).sum();
        return Measures.per10000AYear(figures.casesHeard(), period.kind().months(), population);
    }

    private static String populationNote(MaracFigures figures, Map<String, Long> women, DashboardFilter filter) {
        List<String> missing = figures.towns().stream().filter(t -> !women.containsKey(t)).sorted().toList();
        String note = null;
        if (figures.towns().isEmpty()) {
            note = "No MARAC covers the area chosen.";
        } else if (!missing.isEmpty()) {
            note = "No adult female population is recorded for " + String.join(", ", missing)
                    + ": an administrator can add the ONS figures.";
        }
        return join(note, noteFor(filter));
    }

    private static String noteFor(DashboardFilter filter) {
        return filter.agency() != null || filter.risk() != null ? "Not filtered by agency or risk level." : null;
    }

    private static Double referralsPerWorker(List<IdvaCaseload> services, Period period) {
        List<IdvaCaseload> counted = withWorkers(services);
        double workers = counted.stream().mapToDouble(IdvaCaseload::fullTimeWorkers).sum();
        long received = counted.stream().mapToLong(IdvaCaseload::referralsReceived).sum();
        return Measures.perWorkerAYear(received, period.kind().months(), workers);
    }

    private static Double caseloadPerWorker(List<IdvaCaseload> services) {
        List<IdvaCaseload> counted = withWorkers(services);
        double workers = counted.stream().mapToDouble(IdvaCaseload::fullTimeWorkers).sum();
        return Measures.perWorker(counted.stream().mapToLong(IdvaCaseload::openCases).sum(), workers);
    }

    private static List<IdvaCaseload> withWorkers(List<IdvaCaseload> services) {
        return services.stream().filter(s -> s.fullTimeWorkers() != null && s.fullTimeWorkers() > 0).toList();
    }

    private static String idvaNote(List<IdvaCaseload> services, DashboardFilter filter) {
        List<String> left = services.stream().filter(s -> s.fullTimeWorkers() == null || s.fullTimeWorkers() <= 0)
                .map(IdvaCaseload::serviceName).sorted().toList();
        String note = left.isEmpty() ? null
                : "Left out, with no full-time figure in the directory: " + String.join(", ", left) + ".";
        String unfiltered = filter.area() != null || filter.agency() != null || filter.risk() != null
                ? "Not filtered by area, agency or risk level." : null;
        return join(note, unfiltered);
    }

    static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " " + second;
    }
}
