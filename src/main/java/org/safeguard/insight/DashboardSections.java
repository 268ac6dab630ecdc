package org.safeguard.insight;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.safeguard.identity.Sex;
import org.safeguard.insight.Figure.Unit;
import org.safeguard.insight.rules.AgeBand;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.rules.Measures;
import org.safeguard.insight.rules.Sums;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.intake.IntakeSettings;
import org.safeguard.risk.RiskLevel;
import org.springframework.stereotype.Component;

/**
 * The dashboard's sections, in order: what each shows, and how its figures and charts are put together from the
 * tallies ({@link Readings}) and the live figures ({@link PartnerFigures}). The overview asks for every section's
 * counted figures in one reading per period and builds no charts.
 */
@Component
class DashboardSections {

    /** A section: its id (used in URLs), title, one-line summary, counted measures and its other charts' ids. */
    record Definition(String id, String title, String summary, List<CountedMeasure> measures, List<String> charts) {

        boolean draws(String chartId) {
            return charts.contains(chartId)
                    || measures.stream().anyMatch(m -> (m.id() + SectionCharts.TREND).equals(chartId));
        }
    }

    static final List<Definition> ALL = List.of(
            new Definition("incidents", "Incidents and crimes",
                    "Domestic abuse incidents and crimes recorded, repeat victims and incidents per victim.",
                    CountedMeasures.INCIDENTS, List.of()),
            new Definition("justice", "Arrests and outcomes",
                    "Arrests per 100 domestic abuse crimes and crime outcomes by Home Office outcome group.",
                    CountedMeasures.JUSTICE, List.of("outcome-groups")),
            new Definition("response", "Response", "How quickly and how officers attended domestic abuse incidents.",
                    CountedMeasures.RESPONSE, List.of()),
            new Definition("risk", "Risk assessment",
                    "DASH completion, the mix of risk levels, professional-judgement raises and dip-sample agreement.",
                    CountedMeasures.RISK, List.of("risk-level-mix")),
            new Definition("marac", "MARAC", "Cases heard, repeats and volume against SafeLives' expectations.",
                    List.of(), List.of("marac-cases-heard-trend", "marac-repeat-rate-trend",
                    "marac-referrals-by-agency")),
            new Definition("idva", "IDVAs", "Referrals and caseloads per full-time IDVA against SafeLives' levels.",
                    CountedMeasures.IDVA, List.of("idva-services")),
            new Definition("journey", "Victims' journey",
                    "Victims' Code updates on time, contacts per victim, named SPOCs and overdue tasks.",
                    CountedMeasures.JOURNEY, List.of()),
            new Definition("when", "When and where", "When domestic abuse incidents are received, and where.",
                    CountedMeasures.WHEN, List.of("when-heat-map", "incidents-by-area")),
            new Definition("equality", "Equality monitoring",
                    "Victims and suspects by sex and age band; ethnicity, sexual orientation and disability where "
                            + "recorded.",
                    CountedMeasures.EQUALITY, List.of("victims-by-sex", "victims-by-age", "suspects-by-sex",
                    "suspects-by-age", "marac-equality")));

    private final TallyStore store;
    private final PartnerFigures partners;
    private final MaracMeasures maracs;
    private final String repeatRule;

    DashboardSections(TallyStore store, PartnerFigures partners, MaracMeasures maracs, IntakeSettings intake) {
        this.store = store;
        this.partners = partners;
        this.maracs = maracs;
        this.repeatRule = CountedMeasures.repeatRule(intake.repeatWindow(), intake.repeatMinimumEarlier());
    }

    static Optional<Definition> named(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    static Optional<Definition> drawing(String chartId) {
        return ALL.stream().filter(d -> d.draws(chartId)).findFirst();
    }

    /** Every section with its figures and no charts: the overview. */
    List<DashboardSection> headlines(DashboardFilter filter) {
        List<CountedMeasure> every = ALL.stream().flatMap(d -> d.measures().stream()).toList();
        Readings readings = new Readings(store, filter);
        Reading now = readings.at(filter.period(), every);
        Reading before = readings.at(filter.period().previous(), every);
        return ALL.stream().map(d -> new DashboardSection(d.id(), d.title(), d.summary(),
                Stream.concat(counted(d, filter, now, before).stream(), live(d, filter, false).figures().stream())
                        .toList(), List.of())).toList();
    }

    /** One section with its figures and charts. */
    DashboardSection section(Definition d, DashboardFilter filter) {
        List<Period> periods = filter.period().lastN(12);
        List<Reading> series = new Readings(store, filter).series(periods, d.measures());
        Reading now = series.get(series.size() - 1);
        Reading before = series.get(series.size() - 2);
        PartnerFigures.Part live = live(d, filter, true);
        List<Figure> figures = new ArrayList<>(counted(d, filter, now, before));
        figures.addAll(live.figures());
        List<Chart> charts = new ArrayList<>(SectionCharts.trends(d.measures(), periods, series));
        charts.addAll(live.charts());
        charts.addAll(otherCharts(d, filter, now));
        return new DashboardSection(d.id(), d.title(), d.summary(), figures, charts);
    }

    private List<Figure> counted(Definition d, DashboardFilter filter, Reading now, Reading before) {
        List<Figure> figures = new ArrayList<>(d.measures().stream().map(m -> m.figure(filter, now, before))
                .map(this::withRepeatRule).toList());
        switch (d.id()) {
            case "justice" -> figures.addAll(OutcomeGroups.figures(filter, now, before));
            case "risk" -> figures.add(highRiskShare(filter));
            case "equality" -> figures.add(notRecorded());
            default -> { }
        }
        return figures;
    }

    /** The definition with the force's configured repeat victim rule in words. */
    private Figure withRepeatRule(Figure f) {
        return f.definition() == null || !f.definition().contains(CountedMeasures.REPEAT_RULE) ? f
                : new Figure(f.id(), f.label(), f.value(), f.previous(), f.unit(),
                f.definition().replace(CountedMeasures.REPEAT_RULE, repeatRule), f.benchmark(), f.note());
    }

    private PartnerFigures.Part live(Definition d, DashboardFilter filter, boolean withCharts) {
        return switch (d.id()) {
            case "marac" -> maracs.section(filter, withCharts);
            case "idva" -> partners.idva(filter, withCharts);
            case "journey" -> partners.journeyNow(filter);
            case "risk" -> partners.dipSamples(filter);
            case "equality" -> maracs.equality(filter, withCharts);
            default -> new PartnerFigures.Part(List.of(), List.of());
        };
    }

    private List<Chart> otherCharts(Definition d, DashboardFilter filter, Reading now) {
        Period period = filter.period();
        return switch (d.id()) {
            case "justice" -> List.of(OutcomeGroups.chart(now, period));
            case "risk" -> List.of(SectionCharts.shares("risk-level-mix", "Risk assessments by level", "Risk level",
                    levelMix(filter, period), "Risk assessments completed in " + period.label()
                            + " by final level; the risk level filter does not apply to this chart."));
            case "when" -> List.of(SectionCharts.heatMap(now.counted(CountedMeasure.Filters.ALL), period),
                    SectionCharts.byArea(byArea(filter), period));
            case "equality" -> equalityTables(filter);
            default -> List.of();
        };
    }

    /** Completed assessments by final level: one sum per level, with the area and agency filters. */
    private Map<String, Long> levelMix(DashboardFilter filter, Period period) {
        Map<String, Long> mix = new LinkedHashMap<>();
        for (RiskLevel level : RiskLevel.values()) {
            Sums sums = new Sums(store.sums(new TallyStore.Query(Set.of(Counter.ASSESSMENTS), period.start(),
                    period.end(), filter.area(), filter.agency(), level.name())));
            mix.put(level.label(), sums.total(Counter.ASSESSMENTS));
        }
        return mix;
    }

    private Figure highRiskShare(DashboardFilter filter) {
        Map<String, Long> now = levelMix(filter, filter.period());
        Map<String, Long> before = levelMix(filter, filter.period().previous());
        return new Figure("high-risk-share", "Assessed as high risk", highShare(now), highShare(before), Unit.PERCENT,
                "Completed risk assessments whose final level is high, as a share of all completed. Filtered by the "
                        + "incident's area and the incident's owning agency (not the assessor's).", null,
                filter.risk() != null ? "Not filtered by risk level: it is what this measure divides by." : null);
    }

    private static Double highShare(Map<String, Long> mix) {
        return Measures.percent(mix.get(RiskLevel.HIGH.label()),
                mix.values().stream().mapToLong(Long::longValue).sum());
    }

    private Map<String, Sums> byArea(DashboardFilter filter) {
        Period period = filter.period();
        Map<String, Sums> byArea = new LinkedHashMap<>();
        store.sumsByArea(new TallyStore.Query(EnumSet.of(Counter.DA_INCIDENTS, Counter.DA_CRIMES), period.start(),
                        period.end(), null, filter.agency(), filter.risk() == null ? null : filter.risk().name()))
                .forEach((area, sums) -> byArea.put(area, new Sums(sums)));
        return byArea;
    }

    private List<Chart> equalityTables(DashboardFilter filter) {
        Period period = filter.period();
        Sums people = new Sums(store.distinct(EnumSet.of(Counter.VICTIMS_BY_SEX, Counter.VICTIMS_BY_AGE,
                Counter.SUSPECTS_BY_SEX, Counter.SUSPECTS_BY_AGE), period, filter.area()));
        String once = " in " + period.label() + ", each counted once; filtered by area only.";
        Sex[] sexes = Sex.values();
        AgeBand[] bands = AgeBand.values();
        return List.of(
                SectionCharts.people("victims-by-sex", "Victims by sex", "Sex", people, Counter.VICTIMS_BY_SEX,
                        sexes.length, s -> sexLabel(sexes[s]), "Victims of domestic abuse incidents" + once),
                SectionCharts.people("victims-by-age", "Victims by age band", "Age band", people,
                        Counter.VICTIMS_BY_AGE, bands.length, b -> bands[b].label(),
                        "Victims of domestic abuse incidents by age at their first incident" + once),
                SectionCharts.people("suspects-by-sex", "Suspects by sex", "Sex", people, Counter.SUSPECTS_BY_SEX,
                        sexes.length, s -> sexLabel(sexes[s]), "Suspects of domestic abuse incidents" + once),
                SectionCharts.people("suspects-by-age", "Suspects by age band", "Age band", people,
                        Counter.SUSPECTS_BY_AGE, bands.length, b -> bands[b].label(),
                        "Suspects of domestic abuse incidents by age at their first incident" + once));
    }

    private static String sexLabel(Sex sex) {
        return switch (sex) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case NOT_KNOWN -> "Not known";
        };
    }

    private static Figure notRecorded() {
        return new Figure("ethnicity-disability-orientation", "Ethnicity, disability and sexual orientation", null,
                null, Unit.COUNT, "Victims and suspects of domestic abuse incidents by ethnicity, disability and "
                        + "sexual orientation.", null,
                "Not recorded on person records in Safeguarding: the MARAC equality monitoring of cases heard is the "
                        + "only recorded source, shown below.");
    }
}
