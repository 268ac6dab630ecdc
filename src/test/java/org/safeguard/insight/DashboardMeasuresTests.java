package org.safeguard.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.access.ActingAs;
import org.safeguard.demo.SyntheticData;
import org.safeguard.insight.rules.AgeBand;
import org.safeguard.insight.rules.Measures;
import org.safeguard.insight.rules.SmallNumbers;
import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.IntakeSettings;
import org.safeguard.platform.ConsoleProgress;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9, "done when": each measure the dashboard shows for a generated batch equals a count made directly in SQL
 * on the source modules' tables (intake, risk, safeguarding, marac). The batch is generated as of July 2017 (three
 * years of incidents from July 2014), which no other test writes to — InsightRebuildTests' batch ends in June 2014
 * and the MARAC histories test's hearings start in 2017 — so 2016 holds nothing else. The dashboard is read as the
 * demo analyst, for 2016 in the busiest town and for its last quarter in every town.
 */
@SafeguardTest
class DashboardMeasuresTests {

    private static final long SEED = 9_000_929;
    private static final Instant AS_OF = Instant.parse("2017-07-01T00:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Period YEAR = Period.parse("2016").orElseThrow();
    private static final Period QUARTER = Period.parse("2016-Q4").orElseThrow();

    private static String town;

    @Autowired
    SyntheticData syntheticData;
    @Autowired
    Insight insight;
    @Autowired
    ActingAs actingAs;
    @Autowired
    IntakeSettings intakeSettings;
    @Autowired
    org.safeguard.audit.AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void generateOnce() {
        if (town != null) {
            return;
        }
        // The generator writes without events and has insight rebuild its facts and tallies at the end.
        syntheticData.generate(800, 1_500, SEED, AS_OF, ConsoleProgress.silent());
        town = jdbc.sql("SELECT area FROM intake.incident WHERE domestic_abuse AND area IS NOT NULL AND received_at >= ? "
                        + "AND received_at < ? GROUP BY area ORDER BY count(*) DESC, area LIMIT 1")
                .param(java.sql.Timestamp.from(YEAR.startInstant())).param(java.sql.Timestamp.from(YEAR.endInstant()))
                .query(String.class).single();
    }

    @Test
    void incidentsCrimesShareOfCrimeRepeatRateAndIncidentsPerVictimMatchTheIncidentsRecorded() {
        for (Source source : sources()) {
            DashboardSection section = asAnalyst(() -> insight.section(source.filter(), "incidents"));
            long daIncidents = source.count("SELECT count(*) FROM intake.incident i WHERE i.domestic_abuse" + source.incidents());
            long daCrimes = source.count("SELECT count(*) FROM intake.offence o JOIN intake.incident i ON i.id = o.incident_id "
                    + "WHERE i.domestic_abuse" + source.incidents());
            long crimes = source.count("SELECT count(*) FROM intake.offence o JOIN intake.incident i ON i.id = o.incident_id "
                    + "WHERE true" + source.incidents());
            long victims = source.count(victims(source, ""));
            long repeatVictims = source.count(victims(source, " AND p.repeat_victim"));
            assertThat(daIncidents).as("the batch has incidents in %s", source).isGreaterThan(10);
            assertThat(value(section, "da-incidents")).as(source.toString()).isEqualTo((double) daIncidents);
            assertThat(value(section, "da-crimes")).as(source.toString()).isEqualTo((double) daCrimes);
            assertThat(value(section, "da-share-of-crime")).as(source.toString()).isEqualTo(Measures.percent(daCrimes, crimes));
            assertThat(value(section, "repeat-victims")).as(source.toString()).isEqualTo((double) repeatVictims);
            assertThat(value(section, "repeat-rate")).as(source.toString()).isEqualTo(Measures.percent(repeatVictims, victims));
            assertThat(value(section, "incidents-per-victim")).as(source.toString())
                    .isEqualTo(Measures.ratio(daIncidents, victims));
        }
    }

    @Test
    void arrestsPer100CrimesAndOutcomeGroupsMatchTheAttendancesAndOffences() {
        for (Source source : sources()) {
            DashboardSection section = asAnalyst(() -> insight.section(source.filter(), "justice"));
            long arrests = source.count("SELECT count(*) FROM intake.attendance a JOIN intake.incident i ON i.id = a.incident_id "
                    + "WHERE i.domestic_abuse AND a.arrest" + source.incidents());
            long daCrimes = source.count("SELECT count(*) FROM intake.offence o JOIN intake.incident i ON i.id = o.incident_id "
                    + "WHERE i.domestic_abuse" + source.incidents());
            assertThat(value(section, "arrests-per-100-crimes")).as(source.toString())
                    .isEqualTo(Measures.per100(arrests, daCrimes));
            Map<CrimeOutcome.Group, Long> byGroup = new EnumMap<>(CrimeOutcome.Group.class);
            source.rows("SELECT o.outcome AS key, count(*) AS n FROM intake.offence o JOIN intake.incident i "
                    + "ON i.id = o.incident_id WHERE i.domestic_abuse AND o.outcome IS NOT NULL" + source.incidents()
                    + " GROUP BY o.outcome").forEach((outcome, n) ->
                    byGroup.merge(CrimeOutcome.valueOf(outcome).group(), n, Long::sum));
            assertThat(byGroup).as("outcomes are recorded in %s", source).isNotEmpty();
            Chart groups = chart(section, "outcome-groups");
            for (CrimeOutcome.Group group : CrimeOutcome.Group.values()) {
                assertThat(cell(groups, group.label(), 0)).as("%s in %s", group, source)
                        .isEqualTo((double) byGroup.getOrDefault(group, 0L));
            }
            long withOutcome = byGroup.values().stream().mapToLong(Long::longValue).sum();
            assertThat(value(section, "charge-summons")).isEqualTo(
                    Measures.percent(byGroup.getOrDefault(CrimeOutcome.Group.CHARGE_SUMMONS, 0L), withOutcome));
        }
    }

    @Test
    void withinTheGradesTargetMedianArrivalPerGradeTwoOfficersAndBodyWornVideoMatchTheAttendances() {
        for (Source source : sources()) {
            DashboardSection section = asAnalyst(() -> insight.section(source.filter(), "response"));
            String attended = " FROM intake.attendance a JOIN intake.incident i ON i.id = a.incident_id WHERE i.domestic_abuse"
                    + source.incidents();
            long all = source.count("SELECT count(*)" + attended);
            long withTarget = source.count("SELECT count(*)" + attended + " AND i.grade IN (" + gradesWithTarget() + ")");
            long within = source.count("SELECT count(*)" + attended + " AND " + withinTarget());
            long two = source.count("SELECT count(*)" + attended + " AND a.officers_attending >= 2");
            long video = source.count("SELECT count(*)" + attended + " AND a.body_worn_video");
            String median = "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY least(1440, "
                    + "floor(extract(epoch FROM a.arrived_at - i.received_at) / 60)))" + attended + " AND i.grade = ";
            Double immediate = source.params(jdbc.sql(median + "'IMMEDIATE'")).query(Double.class).list().get(0);
            Double priority = source.params(jdbc.sql(median + "'PRIORITY'")).query(Double.class).list().get(0);
            assertThat(all).as("attendances in %s", source).isPositive();
            assertThat(value(section, "within-target")).as(source.toString())
                    .isEqualTo(Measures.percent(within, withTarget));
            assertThat(value(section, "median-minutes-to-arrive")).as(source.toString()).isEqualTo(immediate);
            assertThat(value(section, "median-minutes-to-arrive-priority")).as(source.toString()).isEqualTo(priority);
            assertThat(value(section, "two-officers")).as(source.toString()).isEqualTo(Measures.percent(two, all));
            assertThat(value(section, "body-worn-video")).as(source.toString()).isEqualTo(Measures.percent(video, all));
        }
    }

    @Test
    void dashCompletionJudgementRaisesAndLevelMixMatchTheCompletedAssessments() {
        for (Source source : sources()) {
            DashboardSection section = asAnalyst(() -> insight.section(source.filter(), "risk"));
            String completed = " FROM risk.assessment s JOIN intake.incident i ON i.id = s.incident_id "
                    + "WHERE s.status = 'COMPLETED' AND s.completed_at >= :from AND s.completed_at < :to" + source.area();
            long all = source.count("SELECT count(*)" + completed);
            long asked = source.count("SELECT count(*)" + completed + " AND s.all_asked");
            long raised = source.count("SELECT count(*)" + completed + " AND s.final_level <> s.suggested_level");
            Map<String, Long> levels = source.rows("SELECT s.final_level AS key, count(*) AS n" + completed
                    + " GROUP BY s.final_level");
            assertThat(all).as("assessments in %s", source).isPositive();
            assertThat(value(section, "assessments")).as(source.toString()).isEqualTo((double) all);
            assertThat(value(section, "dash-completion")).as(source.toString()).isEqualTo(Measures.percent(asked, all));
            assertThat(value(section, "judgement-raises")).as(source.toString()).isEqualTo(Measures.percent(raised, all));
            Chart mix = chart(section, "risk-level-mix");
            for (org.safeguard.risk.RiskLevel level : org.safeguard.risk.RiskLevel.values()) {
                assertThat(cell(mix, level.label(), 0)).as("%s in %s", level, source)
                        .isEqualTo((double) levels.getOrDefault(level.name(), 0L));
            }
        }
    }

    @Test
    void maracCasesHeardAndRepeatRateMatchTheHearings() {
        Source every = new Source(new DashboardFilter(YEAR, null, null, null));
        DashboardSection section = asAnalyst(() -> insight.section(every.filter(), "marac"));
        String heard = " FROM marac.marac_case c WHERE c.status IN ('HEARD', 'TRANSFERRED') AND c.heard_at >= :from "
                + "AND c.heard_at < :to";
        long cases = every.count("SELECT count(*)" + heard);
        long repeats = every.count("SELECT count(*)" + heard + " AND c.repeat_of IS NOT NULL");
        assertThat(cases).as("the batch's high-risk victims are heard").isPositive();
        assertThat(value(section, "marac-cases-heard")).isEqualTo((double) cases);
        assertThat(value(section, "marac-repeat-rate")).isEqualTo(Measures.percent(repeats, cases));

        // SafeLives volume: the town's MARAC's cases heard in the year per 10,000 adult women of the towns it covers.
        Source inTown = new Source(new DashboardFilter(YEAR, town, null, null));
        String covering = "SELECT unnest(a.covers) FROM marac.area a WHERE :area = ANY(a.covers)";
        long heardThere = inTown.count("SELECT count(*)" + heard + " AND c.area_id IN (SELECT a.id FROM marac.area a "
                + "WHERE :area = ANY(a.covers))");
        long women = inTown.count("SELECT coalesce(sum(w.count), 0) FROM (SELECT DISTINCT ON (area) area, count "
                + "FROM insight.adult_women ORDER BY area, recorded_at DESC, source) w WHERE w.area IN (" + covering + ")");
        assertThat(women).as("the generator records its adult women per town").isPositive();
        assertThat(value(asAnalyst(() -> insight.section(inTown.filter(), "marac")), "marac-per-10000-women"))
                .isEqualTo(Measures.per10000AYear(heardThere, 1.0, women));
    }

    @Test
    void victimsCodeUpdatesOnTimeAndContactsPerVictimMatchTheCases() {
        for (Source source : sources()) {
            DashboardSection section = asAnalyst(() -> insight.section(source.filter(), "journey"));
            String updates = " FROM safeguarding.task t JOIN safeguarding.victim_case c ON c.id = t.case_id "
                    + "WHERE t.kind = 'VICTIMS_CODE_UPDATE' AND t.status = 'DONE' AND t.done_at >= :from AND t.done_at < :to"
                    + source.area().replace("i.area", "c.area");
            long done = source.count("SELECT count(*)" + updates);
            long onTime = source.count("SELECT count(*)" + updates + " AND t.done_at <= t.due_at");
            String contacts = " FROM safeguarding.contact x JOIN safeguarding.victim_case c ON c.id = x.case_id "
                    + "WHERE x.contacted_at >= :from AND x.contacted_at < :to" + source.area().replace("i.area", "c.area");
            long logged = source.count("SELECT count(*)" + contacts);
            long contacted = source.count("SELECT count(DISTINCT c.victim_id)" + contacts);
            assertThat(done).as("updates in %s", source).isPositive();
            assertThat(value(section, "victims-code-on-time")).as(source.toString()).isEqualTo(Measures.percent(onTime, done));
            assertThat(value(section, "contacts-per-victim")).as(source.toString())
                    .isEqualTo(Measures.ratio(logged, contacted));
        }
    }

    @Test
    void heatMapCellsAndIncidentsByAreaMatchWhenAndWhereIncidentsWereReceived() {
        for (Source source : sources()) {
            DashboardSection section = asAnalyst(() -> insight.section(source.filter(), "when"));
            Map<String, Long> cells = source.rows("SELECT extract(isodow FROM i.received_at AT TIME ZONE 'Europe/London') "
                    + "|| ':' || extract(hour FROM i.received_at AT TIME ZONE 'Europe/London') AS key, count(*) AS n "
                    + "FROM intake.incident i WHERE i.domestic_abuse" + source.incidents() + " GROUP BY 1");
            Chart heat = chart(section, "when-heat-map");
            assertThat(heat.rows()).hasSize(7).allMatch(r -> r.values().size() == 24);
            for (int day = 1; day <= 7; day++) {
                for (int hour = 0; hour < 24; hour++) {
                    assertThat(heat.rows().get(day - 1).values().get(hour)).as("day %d hour %d in %s", day, hour, source)
                            .isEqualTo((double) cells.getOrDefault(day + ":" + hour, 0L));
                }
            }
        }
        Source quarter = new Source(new DashboardFilter(QUARTER, null, null, null));
        Map<String, Long> byArea = quarter.rows("SELECT coalesce(i.area, '') AS key, count(*) AS n FROM intake.incident i "
                + "WHERE i.domestic_abuse" + quarter.incidents() + " GROUP BY 1");
        Chart bars = chart(asAnalyst(() -> insight.section(quarter.filter(), "when")), "incidents-by-area");
        assertThat(bars.rows().stream().collect(Collectors.toMap(Chart.Row::label, r -> r.values().get(0).longValue())))
                .isEqualTo(byArea.entrySet().stream().collect(Collectors.toMap(
                        e -> e.getKey().isEmpty() ? "No area recorded" : e.getKey(), Map.Entry::getValue)));
    }

    @Test
    void victimsBySexAndAgeBandCountEachVictimOnceFromTheirPersonRecord() {
        for (Source source : sources()) {
            DashboardSection section = asAnalyst(() -> insight.section(source.filter(), "equality"));
            Map<String, Long> bySex = new HashMap<>();
            Map<String, Long> byBand = new HashMap<>();
            source.params(jdbc.sql("SELECT p.person_id, min(i.received_at) AS first_at, max(r.sex) AS sex, "
                            + "max(r.date_of_birth) AS dob FROM intake.party p JOIN intake.incident i ON i.id = p.incident_id "
                            + "JOIN identity.person r ON r.id = p.person_id WHERE p.role = 'VICTIM' AND i.domestic_abuse"
                            + source.incidents() + " GROUP BY p.person_id"))
                    .query((rs, n) -> {
                        bySex.merge(rs.getString("sex"), 1L, Long::sum);
                        LocalDate dob = rs.getObject("dob", LocalDate.class);
                        LocalDate first = rs.getTimestamp("first_at").toInstant().atZone(LONDON).toLocalDate();
                        byBand.merge(AgeBand.of(dob, first).label(), 1L, Long::sum);
                        return null;
                    }).list();
            // Small numbers are hidden (1 to 4, and the next smallest where one alone would be).
            Chart sexes = chart(section, "victims-by-sex");
            List<String> sexLabels = List.of("Female", "Male", "Not known");
            List<Long> sexShown = SmallNumbers.shown(List.of(bySex.getOrDefault("FEMALE", 0L),
                    bySex.getOrDefault("MALE", 0L), bySex.getOrDefault("NOT_KNOWN", 0L)));
            for (int i = 0; i < sexLabels.size(); i++) {
                assertThat(cell(sexes, sexLabels.get(i), 0)).as("%s in %s", sexLabels.get(i), source)
                        .isEqualTo(sexShown.get(i) == null ? null : (double) sexShown.get(i));
            }
            Chart bands = chart(section, "victims-by-age");
            List<Long> bandShown = SmallNumbers.shown(java.util.Arrays.stream(AgeBand.values())
                    .map(band -> byBand.getOrDefault(band.label(), 0L)).toList());
            for (AgeBand band : AgeBand.values()) {
                Long shown = bandShown.get(band.ordinal());
                assertThat(cell(bands, band.label(), 0)).as("%s in %s", band, source)
                        .isEqualTo(shown == null ? null : (double) shown);
            }
        }
    }

    @Test
    void theOverviewShowsEverySectionsHeadlineFiguresAsTheSectionDoesWithoutCharts() {
        DashboardFilter filter = new DashboardFilter(YEAR, town, null, null);
        Dashboard overview = asAnalyst(() -> insight.dashboard(filter));
        assertThat(overview.sections()).extracting(DashboardSection::id).containsExactly("incidents", "justice",
                "response", "risk", "marac", "idva", "journey", "when", "equality");
        assertThat(overview.sections()).allMatch(s -> s.charts().isEmpty() && !s.figures().isEmpty());
        assertThat(overview.areas()).contains(town);
        for (String id : List.of("incidents", "response", "when")) {
            DashboardSection headline = overview.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
            assertThat(headline.figures()).as(id)
                    .isEqualTo(asAnalyst(() -> insight.section(filter, id)).figures());
        }
    }

    @Test
    void eachViewAndTableIsAuditedWithTheFilterInWordsAndUnknownIdsAreNotFound() {
        DashboardFilter filter = new DashboardFilter(QUARTER, town, "POLICE", org.safeguard.risk.RiskLevel.HIGH);
        Chart heat = asAnalyst(() -> insight.table(filter, "when-heat-map"));
        assertThat(heat.kind()).isEqualTo(Chart.Kind.HEAT_MAP);
        List<org.safeguard.audit.AuditRecord> viewed = asAnalyst(() -> audit.recent("analyst", "dashboard_table",
                "when-heat-map", 1));
        assertThat(viewed).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("INSIGHT_VIEWED");
            assertThat(r.reason()).isEqualTo("period 2016-Q4, area " + town + ", agency POLICE, risk level HIGH");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> asAnalyst(() -> insight.section(filter, "nonsense")))
                .isInstanceOf(org.safeguard.platform.RecordNotFound.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> asAnalyst(() -> insight.table(filter, "nonsense")))
                .isInstanceOf(org.safeguard.platform.RecordNotFound.class);
    }

    /** A year in the busiest town, and a quarter in every town. */
    private List<Source> sources() {
        return List.of(new Source(new DashboardFilter(YEAR, town, null, null)),
                new Source(new DashboardFilter(QUARTER, null, null, null)));
    }

    private String victims(Source source, String and) {
        return "SELECT count(DISTINCT p.person_id) FROM intake.party p JOIN intake.incident i ON i.id = p.incident_id "
                + "WHERE p.role = 'VICTIM' AND i.domestic_abuse" + and + source.incidents();
    }

    /** The grades with a response target (the denominator of "within the grade's target"). */
    private String gradesWithTarget() {
        return String.join(", ", intakeSettings.responseTargets().keySet().stream().map(g -> "'" + g.name() + "'")
                .toList());
    }

    /** Arrived within the grade's response target (a grade without one never is). */
    private String withinTarget() {
        List<String> grades = new ArrayList<>();
        intakeSettings.responseTargets().forEach((grade, target) -> grades.add("(i.grade = '" + grade.name()
                + "' AND a.arrived_at - i.received_at <= interval '" + target.toSeconds() + " seconds')"));
        return "(" + String.join(" OR ", grades) + ")";
    }

    private <T> T asAnalyst(Supplier<T> work) {
        return actingAs.run("analyst", work);
    }

    private static Double value(DashboardSection section, String figureId) {
        return section.figures().stream().filter(f -> f.id().equals(figureId)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + figureId)).value();
    }

    private static Chart chart(DashboardSection section, String chartId) {
        return section.charts().stream().filter(c -> c.id().equals(chartId)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + chartId));
    }

    private static Double cell(Chart chart, String row, int column) {
        return chart.rows().stream().filter(r -> r.label().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row + " in " + chart.id())).values().get(column);
    }

    /** The SQL side of one filter: the period's bounds and, when given, the town. */
    private final class Source {
        private final DashboardFilter filter;

        Source(DashboardFilter filter) {
            this.filter = filter;
        }

        DashboardFilter filter() {
            return filter;
        }

        String area() {
            return filter.area() == null ? "" : " AND i.area = :area";
        }

        String incidents() {
            return " AND i.received_at >= :from AND i.received_at < :to" + area();
        }

        JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec) {
            spec = spec.param("from", java.sql.Timestamp.from(filter.period().startInstant()))
                    .param("to", java.sql.Timestamp.from(filter.period().endInstant()));
            return filter.area() == null ? spec : spec.param("area", filter.area());
        }

        long count(String sql) {
            return params(jdbc.sql(sql)).query(Long.class).single();
        }

        Map<String, Long> rows(String sql) {
            Map<String, Long> rows = new HashMap<>();
            params(jdbc.sql(sql)).query((rs, n) -> rows.put(rs.getString("key"), rs.getLong("n"))).list();
            return rows;
        }

        @Override
        public String toString() {
            return filter.period().code() + (filter.area() == null ? " in every area" : " in " + filter.area());
        }
    }
}
