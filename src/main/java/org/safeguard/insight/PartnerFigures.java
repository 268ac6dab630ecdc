package org.safeguard.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.safeguard.insight.Figure.Unit;
import org.safeguard.insight.rules.Measures;
import org.safeguard.referral.IdvaCaseload;
import org.safeguard.referral.Referrals;
import org.safeguard.risk.DipSamples;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.JourneyNow;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The measures read live from the other modules' facades, because they are small or state what is true now:
 * IDVA caseloads, the named SPOC and overdue tasks, dip-sample agreement (MARAC's are {@link MaracMeasures}). The
 * signed-in user's own access applies.
 */
@Component
class PartnerFigures {

    /** Who the dip-sampling report answers (risk.DipSamples): the others see a note instead of a figure. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Set<String> SEE_DIP_SAMPLES = Set.of("ROLE_SUPERVISOR", "ROLE_DA_SPECIALIST", "ROLE_ANALYST");

    private final Referrals referrals;
    private final Cases cases;
    private final DipSamples dipSamples;
    private final Clock clock;

    PartnerFigures(Referrals referrals, Cases cases, DipSamples dipSamples, Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.dipSamples = dipSamples;
        this.clock = clock;
    }

    /** How much of a year {@code period} holds up to today (UK date): a period not yet ended counts its days so far. */
    static double yearsElapsed(Period period, Clock clock) {
        return Measures.yearsElapsed(period.start(), period.end(), period.kind().months(),
                LocalDate.now(clock.withZone(LONDON)));
    }

    /** The note on a "per year" figure whose period has not ended. */
    static String soFar(Period period, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        return today.isBefore(period.end().minusDays(1))
                ? period.label() + " has not ended: scaled to a year by the days up to today, not the whole "
                + period.kind().label().toLowerCase(java.util.Locale.UK) + "." : null;
    }

    /** A section's live part: its figures and, when asked for, its charts. */
    record Part(List<Figure> figures, List<Chart> charts) {
    }

    Part idva(DashboardFilter filter, boolean withCharts) {
        Period period = filter.period();
        List<IdvaCaseload> now = referrals.idvaCaseloads(period.startInstant(), period.endInstant());
        List<IdvaCaseload> before = referrals.idvaCaseloads(period.previous().startInstant(),
                period.previous().endInstant());
        String filters = " Every IDVA service in the directory with a full-time figure; area, agency and risk level "
                + "do not apply.";
        double years = yearsElapsed(period, clock);
        double yearsBefore = yearsElapsed(period.previous(), clock);
        String note = idvaNote(now, filter);
        Double perWorker = referralsPerWorker(now, years);
        String perWorkerNote = join(perWorker == null && !withWorkers(now).isEmpty()
                ? "No referrals received in the period are recorded, so there is no figure." : null,
                join(soFar(period, clock), note));
        List<Figure> figures = List.of(
                new Figure("idva-referrals-per-worker", "IDVA referrals a year per full-time worker",
                        perWorker, referralsPerWorker(before, yearsBefore), Unit.RATIO,
                        "Referrals the IDVA services received in the period, scaled to a year (by the days so far "
                                + "when the period has not ended), divided by their full-time workers." + filters,
                        Benchmarks.IDVA_REFERRALS, perWorkerNote),
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
                                : Measures.perWorkerAYear(c.referralsReceived(), years, c.fullTimeWorkers()))))
                .toList();
        Chart services = new Chart("idva-services", "IDVA services' caseloads", Chart.Kind.BAR, "IDVA service",
                List.of("Full-time workers", "Open cases", "Referrals received", "Open cases per worker",
                        "Referrals a year per worker"), rows,
                "Each IDVA service's full-time workers, live caseload and referrals received in " + period.label()
                        + "; per-worker figures are blank where no full-time figure is given, and referrals a year "
                        + "where none were received." + (soFar(period, clock) == null ? "" : " " + soFar(period, clock)));
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
        DipSamples.Agreement now = agreement(filter.period());
        DipSamples.Agreement before = agreement(filter.period().previous());
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

    /** Counts only, unaudited by risk: the dashboard view is audited once, as INSIGHT_VIEWED. */
    private DipSamples.Agreement agreement(Period period) {
        return dipSamples.agreement(period.start(), period.end().minusDays(1));
    }

    private static boolean seesDipSamples() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(SEE_DIP_SAMPLES::contains);
    }


    private static Double referralsPerWorker(List<IdvaCaseload> services, double years) {
        List<IdvaCaseload> counted = withWorkers(services);
        double workers = counted.stream().mapToDouble(IdvaCaseload::fullTimeWorkers).sum();
        long received = counted.stream().mapToLong(IdvaCaseload::referralsReceived).sum();
        return Measures.perWorkerAYear(received, years, workers);
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
