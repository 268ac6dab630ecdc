package org.safeguard.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.population.IncidentStories;
import org.safeguard.demo.population.Population;
import org.safeguard.platform.ConsoleProgress;
import org.safeguard.risk.Assessment.GivenAnswer;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generator: completed risk assessments for the victims of generated domestic abuse incidents, written
 * through the risk module's import into the real PostgreSQL. One run of 2,000 people and 4,000 incidents
 * (one batch), shared by every test here.
 */
@SafeguardTest
class AssessmentGenerationTests {

    private static final long SEED = 4_000_417;
    private static final Instant AS_OF = Instant.parse("2025-11-01T00:00:00Z");
    /** This run's incidents: those with a party among this seed's people. */
    private static final String RUN = "SELECT DISTINCT p.incident_id FROM intake.party p JOIN demo.person_truth t "
            + "ON t.person_id = p.person_id WHERE t.real_person_key LIKE :keys";
    private static final String ASSESSED = "SELECT a.* FROM risk.assessment a WHERE a.incident_id IN (" + RUN + ")";
    private static GenerationReport report;

    @Autowired
    SyntheticData syntheticData;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void generateOnce() {
        if (report == null) {
            report = syntheticData.generate(2_000, 4_000, SEED, AS_OF, ConsoleProgress.silent());
        }
    }

    @Test
    void theStoredAssessmentsAreTheOnesTheSeedGives() {
        // The run again in memory: one batch of 2,000 people with 4,000 incidents, as generate makes it.
        IncidentStories.Written written = new IncidentStories(SEED, AS_OF)
                .write(new Population(SEED).nextBatch(5_000, 2_000), 4_000);
        List<ImportedAssessment> expected = syntheticData.answers(SEED, AS_OF).assess(written.incidents());
        List<Long> incidentIds = jdbc.sql(RUN + " ORDER BY 1").param("keys", keys()).query(Long.class).list();
        assertThat(incidentIds).hasSize(written.incidents().size());

        Map<Long, String> stored = new HashMap<>();
        jdbc.sql("SELECT a.incident_id, a.victim_name, a.assessor, a.assessor_name, a.assessor_team, a.completed_at, "
                        + "a.victim_view, a.judgement_rationale, string_agg(w.instrument_code || ' ' || w.question_id "
                        + "|| ' ' || w.answer || ' ' || coalesce(w.not_asked_reason, ''), '; ' "
                        + "ORDER BY w.instrument_code, w.question_id) FROM (" + ASSESSED + ") a "
                        + "JOIN risk.answer w ON w.assessment_id = a.id GROUP BY a.id, a.incident_id, a.victim_name, "
                        + "a.assessor, a.assessor_name, a.assessor_team, a.completed_at, a.victim_view, a.judgement_rationale")
                .param("keys", keys())
                .query((rs, n) -> stored.put(rs.getLong(1), String.join(" | ", rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant().toString(),
                        String.valueOf(rs.getString(7)), String.valueOf(rs.getString(8)), rs.getString(9))))
                .list();
        Map<Long, String> generated = new HashMap<>();
        for (ImportedAssessment a : expected) {
            List<GivenAnswer> answers = new ArrayList<>(a.answers());
            answers.sort(Comparator.comparing(GivenAnswer::instrumentCode).thenComparing(GivenAnswer::questionId));
            generated.put(incidentIds.get((int) a.incidentId()), String.join(" | ", a.victimName(), a.assessor(),
                    a.assessorName(), a.assessorTeam(), a.completedAt().toString(), String.valueOf(a.victimView()),
                    String.valueOf(a.judgementRationale()), String.join("; ", answers.stream()
                            .map(w -> w.instrumentCode() + " " + w.questionId() + " " + w.answer().name() + " "
                                    + (w.notAskedReason() == null ? "" : w.notAskedReason())).toList())));
        }
        assertThat(report.assessments()).isEqualTo(expected.size()).isGreaterThan(1_000);
        assertThat(stored).hasSize(expected.size()).isEqualTo(generated);
    }

    @Test
    void mostVictimsOfDomesticAbuseHaveOneAssessmentAtTheIncident() {
        assertThat(count("SELECT count(*) FROM (" + ASSESSED + ") a WHERE NOT EXISTS (SELECT 1 FROM intake.party p "
                + "WHERE p.incident_id = a.incident_id AND p.person_id = a.victim_id AND p.role = 'VICTIM')")).isZero();
        assertThat(count("SELECT count(*) FROM (" + ASSESSED + ") a JOIN intake.incident i ON i.id = a.incident_id "
                + "WHERE NOT i.domestic_abuse")).isZero();
        assertThat(count("SELECT count(*) FROM (SELECT incident_id, victim_id FROM (" + ASSESSED + ") a "
                + "GROUP BY incident_id, victim_id HAVING count(*) > 1) twice")).isZero();
        long domestic = count("SELECT count(*) FROM intake.incident WHERE domestic_abuse AND id IN (" + RUN + ")");
        long assessed = count("SELECT count(DISTINCT incident_id) FROM (" + ASSESSED + ") a");
        assertThat(assessed).isBetween(domestic * 80 / 100, domestic * 97 / 100);
    }

    @Test
    void standardIsTheCommonestLevelAndAFewAreHigh() {
        Map<String, Long> levels = new HashMap<>();
        jdbc.sql("SELECT final_level, count(*) FROM (" + ASSESSED + ") a GROUP BY final_level").param("keys", keys())
                .query((rs, n) -> levels.put(rs.getString(1), rs.getLong(2))).list();
        long all = levels.values().stream().mapToLong(Long::longValue).sum();
        assertThat(levels.get("STANDARD")).isGreaterThan(levels.get("MEDIUM")).isGreaterThan(levels.get("HIGH"));
        assertThat(levels.get("HIGH") / (double) all).isBetween(0.05, 0.25);
        assertThat(count("SELECT count(*) FROM (" + ASSESSED + ") a WHERE final_level <> suggested_level "
                + "AND judgement_rationale IS NOT NULL")).isPositive();
    }

    @Test
    void someQuestionsWereNotAskedAndEachSaysWhy() {
        long notAsked = count("SELECT count(*) FROM risk.answer w JOIN (" + ASSESSED + ") a ON a.id = w.assessment_id "
                + "WHERE w.answer = 'NOT_ASKED'");
        assertThat(notAsked).isPositive();
        assertThat(count("SELECT count(*) FROM risk.answer w JOIN (" + ASSESSED + ") a ON a.id = w.assessment_id "
                + "WHERE w.answer = 'NOT_ASKED' AND (w.not_asked_reason IS NULL OR trim(w.not_asked_reason) = '')")).isZero();
        long all = count("SELECT count(*) FROM (" + ASSESSED + ") a");
        long allAsked = count("SELECT count(*) FROM (" + ASSESSED + ") a WHERE all_asked AND questions_asked = questions_total");
        assertThat(allAsked / (double) all).isBetween(0.65, 0.85);
    }

    @Test
    void incidentsWithAWeaponHaveMoreYesAnswers() {
        Map<Boolean, Double> meanYes = new HashMap<>();
        jdbc.sql("SELECT i.weapon, avg(a.yes_count) FROM (" + ASSESSED + ") a JOIN intake.incident i ON i.id = a.incident_id "
                        + "GROUP BY i.weapon").param("keys", keys())
                .query((rs, n) -> meanYes.put(rs.getBoolean(1), rs.getDouble(2))).list();
        assertThat(meanYes.get(true)).isGreaterThan(meanYes.get(false) + 1);
    }

    @Test
    void eachIsCompletedByADemoOfficerSoonAfterTheCall() {
        assertThat(count("SELECT count(*) FROM (" + ASSESSED + ") a JOIN intake.incident i ON i.id = a.incident_id "
                + "WHERE a.completed_at < i.received_at + interval '20 minutes' "
                + "OR a.completed_at > i.received_at + interval '120 minutes' OR a.completed_at > :asOf")).isZero();
        assertThat(count("SELECT count(*) FROM (" + ASSESSED + ") a WHERE NOT EXISTS (SELECT 1 FROM access.staff_account s "
                + "JOIN access.team t ON t.id = s.team_id WHERE s.username = a.assessor "
                + "AND s.display_name = a.assessor_name AND t.name = a.assessor_team)")).isZero();
        assertThat(count("SELECT count(*) FROM (" + ASSESSED + ") a WHERE a.status = 'COMPLETED' "
                + "AND a.owning_agency = 'POLICE'")).isEqualTo(report.assessments());
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("keys", keys()).param("asOf", java.sql.Timestamp.from(AS_OF)).query(Long.class).single();
    }

    private static String keys() {
        return "S" + SEED + "-%";
    }
}
