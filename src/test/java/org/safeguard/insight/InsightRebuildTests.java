package org.safeguard.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.safeguard.demo.SyntheticData;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.NewAttendance;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.ConsoleProgress;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.support.Calls;
import org.safeguard.support.Dash;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, the rebuild after a bulk load: it gives the same tallies the events keep, and a generated batch's
 * tallies equal counts made directly in SQL on the source tables. The batch is generated as of 2014, three years no
 * other test's incidents fall in.
 */
@SafeguardTest
class InsightRebuildTests {

    private static final long SEED = 9_000_919;
    private static final Instant AS_OF = Instant.parse("2014-06-01T00:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2011, 6, 1);
    private static final LocalDate TO = LocalDate.of(2014, 6, 1);
    /** The batch's incidents, by the UK month and area they count in. */
    private static final String BATCH = "SELECT i.*, date_trunc('month', i.received_at AT TIME ZONE 'Europe/London')::date "
            + "AS month, coalesce(i.area, '') AS town FROM intake.incident i WHERE i.received_at >= "
            + "'2011-06-01 00:00 Europe/London' AND i.received_at < '2014-06-01 00:00 Europe/London'";
    private static final String LATEST_LEVEL = "coalesce((SELECT a.final_level FROM risk.assessment a WHERE a.incident_id = b.id "
            + "AND a.status = 'COMPLETED' ORDER BY a.completed_at DESC, a.id DESC LIMIT 1), 'NONE')";

    @Autowired
    SyntheticData syntheticData;
    @Autowired
    InsightRebuild rebuild;
    @Autowired
    TallyStore tallies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Calls calls;
    @Autowired
    Incidents incidents;
    @Autowired
    RiskAssessments assessments;

    @Test
    void afterARebuildTheTalliesEqualThoseKeptByEvents() {
        String town = "Rebuildham " + Calls.unusedFamilyName();
        Instant received = Instant.now().minus(Duration.ofHours(5));
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuseIn(town, received, null, "9 Kiln Row",
                Calls.unusedPostcode(), Calls.victim("Ada", Calls.unusedFamilyName(), LocalDate.of(2008, 2, 1)),
                Calls.suspect("Lee", Calls.unusedFamilyName(), LocalDate.of(1980, 3, 3)), "IMMEDIATE"));
        long id = file.incident().id();
        calls.as("officer", () -> incidents.recordOffence(id, OffenceGroup.COMMON_ASSAULT));
        calls.as("officer", () -> incidents.recordOffence(id, OffenceGroup.CRIMINAL_DAMAGE));
        calls.as("officer", () -> incidents.recordAttendance(id, new NewAttendance(received.plus(Duration.ofMinutes(25)),
                1, false, true, false, false, false, true, "Suspect had left")));
        calls.as("officer", () -> incidents.recordOutcome(id, OffenceGroup.COMMON_ASSAULT,
                CrimeOutcome.EVIDENTIAL_VICTIM_DOES_NOT_SUPPORT));
        long victim = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        Assessment done = calls.as("officer", () -> {
            Assessment draft = assessments.start(id, victim, null);
            return assessments.complete(draft.id(), draft.version(),
                    new AssessmentAnswers(Dash.answers(11), Map.of(), "Scared."), "HIGH", "Threats with a knife last week.");
        });
        Eventually.found(() -> Optional.of(rows(town)).filter(r -> r.containsKey("ASSESSMENTS_RAISED/*/HIGH/" + town
                + "/" + LocalDate.now().withDayOfMonth(1) + "/0") && r.containsKey("DA_OUTCOMES/*/HIGH/" + town + "/"
                + monthOf(received) + "/" + CrimeOutcome.EVIDENTIAL_VICTIM_DOES_NOT_SUPPORT.ordinal())
                && referralsCounted(r, town) > 0 && referralsCounted(r, town) == referralsMade(town)));
        Map<String, Long> keptByEvents = rows(town);
        assertThat(done.finalLevel().name()).isEqualTo("HIGH");

        rebuild.rebuild();

        assertThat(rows(town)).isEqualTo(keptByEvents);
    }

    @Test
    void aGeneratedBatchsTalliesEqualCountsMadeDirectlyOnTheSourceTables() {
        syntheticData.generate(800, 1_600, SEED, AS_OF, ConsoleProgress.silent());
        RebuildReport report = rebuild.rebuild();
        assertThat(report.incidents()).isGreaterThanOrEqualTo(1_600);

        TallyStore.Query batch = new TallyStore.Query(EnumSet.of(Counter.INCIDENTS, Counter.DA_INCIDENTS,
                Counter.DA_INCIDENTS_REPEAT_VICTIM, Counter.DA_CRIMES, Counter.DA_HEAT, Counter.DA_ATTENDED,
                Counter.DA_ARRESTS, Counter.DA_OUTCOMES, Counter.ASSESSMENTS, Counter.ASSESSMENTS_RAISED), FROM, TO, null,
                null, null);
        Map<String, Map<Counter, Map<Integer, Long>>> byArea = tallies.sumsByArea(batch);
        assertThat(column(byArea, Counter.INCIDENTS, 0)).isEqualTo(counted("SELECT town, count(*) FROM (" + BATCH
                + ") b GROUP BY town"));
        assertThat(column(byArea, Counter.DA_INCIDENTS, 0)).isNotEmpty().isEqualTo(counted("SELECT town, count(*) FROM ("
                + BATCH + ") b WHERE domestic_abuse GROUP BY town"));
        assertThat(column(byArea, Counter.DA_INCIDENTS_REPEAT_VICTIM, 0)).isEqualTo(counted("SELECT town, count(*) FROM ("
                + BATCH + ") b WHERE domestic_abuse AND repeat_victim GROUP BY town"));
        assertThat(column(byArea, Counter.DA_CRIMES, 0)).isEqualTo(counted("SELECT town, count(*) FROM (" + BATCH
                + ") b JOIN intake.offence o ON o.incident_id = b.id WHERE domestic_abuse GROUP BY town"));
        assertThat(column(byArea, Counter.DA_ATTENDED, 0)).isEqualTo(counted("SELECT town, count(*) FROM (" + BATCH
                + ") b JOIN intake.attendance a ON a.incident_id = b.id WHERE domestic_abuse GROUP BY town"));
        assertThat(column(byArea, Counter.DA_ARRESTS, 0)).isEqualTo(counted("SELECT town, count(*) FROM (" + BATCH
                + ") b JOIN intake.attendance a ON a.incident_id = b.id WHERE domestic_abuse AND a.arrest GROUP BY town"));

        Map<Counter, Map<Integer, Long>> all = tallies.sums(batch);
        assertThat(all.getOrDefault(Counter.DA_HEAT, Map.of())).isEqualTo(slots("SELECT extract(isodow FROM received_at "
                + "AT TIME ZONE 'Europe/London')::int * 24 + extract(hour FROM received_at AT TIME ZONE 'Europe/London')::int, "
                + "count(*) FROM (" + BATCH + ") b WHERE domestic_abuse GROUP BY 1"));
        Map<Integer, Long> outcomes = new TreeMap<>();
        jdbc.sql("SELECT o.outcome, count(*) FROM (" + BATCH + ") b JOIN intake.offence o ON o.incident_id = b.id "
                        + "WHERE domestic_abuse AND o.outcome IS NOT NULL GROUP BY o.outcome")
                .query(rs -> {
                    outcomes.put(CrimeOutcome.valueOf(rs.getString(1)).ordinal(), rs.getLong(2));
                });
        assertThat(all.getOrDefault(Counter.DA_OUTCOMES, Map.of())).isEqualTo(outcomes);
        for (String level : List.of("NONE", "STANDARD", "MEDIUM", "HIGH")) {
            Map<Counter, Map<Integer, Long>> atLevel = tallies.sums(new TallyStore.Query(batch.counters(), FROM, TO, null,
                    null, level));
            assertThat(atLevel.getOrDefault(Counter.DA_INCIDENTS, Map.of()).getOrDefault(0, 0L)).as(level)
                    .isEqualTo(jdbc.sql("SELECT count(*) FROM (" + BATCH + ") b WHERE domestic_abuse AND " + LATEST_LEVEL
                            + " = ?").param(level).query(Long.class).single());
        }
        assertThat(all.get(Counter.ASSESSMENTS).get(0)).isEqualTo(jdbc.sql("SELECT count(*) FROM risk.assessment "
                + "WHERE status = 'COMPLETED' AND completed_at >= '2011-06-01 00:00 Europe/London' "
                + "AND completed_at < '2014-06-01 00:00 Europe/London'").query(Long.class).single());

        Period quarter = Period.parse("2013-Q2").orElseThrow();
        assertThat(tallies.distinct(Set.of(Counter.VICTIMS), quarter, null).get(Counter.VICTIMS).get(0))
                .isEqualTo(jdbc.sql("SELECT count(DISTINCT p.person_id) FROM (" + BATCH + ") b JOIN intake.party p "
                        + "ON p.incident_id = b.id AND p.role = 'VICTIM' WHERE b.domestic_abuse AND b.month >= '2013-04-01' "
                        + "AND b.month < '2013-07-01'").query(Long.class).single());
        Map<Counter, Map<Integer, Long>> repeats = tallies.distinct(Set.of(Counter.REPEAT_VICTIMS), quarter, null);
        long repeatVictims = jdbc.sql("SELECT count(DISTINCT p.person_id) FROM (" + BATCH + ") b JOIN intake.party p "
                + "ON p.incident_id = b.id AND p.role = 'VICTIM' AND p.repeat_victim WHERE b.domestic_abuse "
                + "AND b.month >= '2013-04-01' AND b.month < '2013-07-01'").query(Long.class).single();
        assertThat(repeatVictims).as("the batch has repeat victims").isPositive();
        assertThat(repeats.get(Counter.REPEAT_VICTIMS).get(0)).as("repeat victims, each by their own status")
                .isEqualTo(repeatVictims);
    }

    /** The referrals (of any kind) the tallies hold for the town: the high level routes the victim to MARAC and more. */
    private static long referralsCounted(Map<String, Long> rows, String town) {
        return rows.entrySet().stream().filter(e -> e.getKey().startsWith("REFERRALS/*/*/" + town + "/"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private long referralsMade(String town) {
        return jdbc.sql("SELECT count(*) FROM referral.referral WHERE area = ?").param(town).query(Long.class).single();
    }

    /** Every tally row of the town (and its people), keyed counter/agency/risk/area/month/slot. */
    private Map<String, Long> rows(String town) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("SELECT counter || '/' || agency || '/' || risk || '/' || area || '/' || month || '/' || slot, value "
                        + "FROM insight.tally WHERE area = ? AND value <> 0")
                .param(town)
                .query(rs -> {
                    rows.put(rs.getString(1), rs.getLong(2));
                });
        return rows;
    }

    private static String monthOf(Instant at) {
        return at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().withDayOfMonth(1).toString();
    }

    private static Map<String, Long> column(Map<String, Map<Counter, Map<Integer, Long>>> byArea, Counter counter, int slot) {
        Map<String, Long> column = new TreeMap<>();
        byArea.forEach((area, sums) -> {
            long value = sums.getOrDefault(counter, Map.of()).getOrDefault(slot, 0L);
            if (value != 0) {
                column.put(area, value);
            }
        });
        return column;
    }

    private Map<String, Long> counted(String sql) {
        Map<String, Long> counted = new TreeMap<>();
        jdbc.sql(sql).query(rs -> {
            counted.put(rs.getString(1), rs.getLong(2));
        });
        return counted;
    }

    private Map<Integer, Long> slots(String sql) {
        Map<Integer, Long> slots = new TreeMap<>();
        jdbc.sql(sql).query(rs -> {
            slots.put(rs.getInt(1), rs.getLong(2));
        });
        return slots;
    }
}
