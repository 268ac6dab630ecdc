package org.safeguard.risk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.risk.Answer;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.MaracCriterion;
import org.safeguard.risk.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments and their answers. Every change of an assessment checks and moves its {@code version}. */
@Repository
public class AssessmentStore {

    static final String COLUMNS = "a.id, a.incident_id, a.victim_id, a.victim_name, a.instrument_code, "
            + "a.instrument_version, a.supplements, a.status, a.victim_view, a.assessor, a.assessor_name, "
            + "a.assessor_team, a.started_at, a.updated_at, a.completed_at, a.yes_count, a.questions_asked, "
            + "a.questions_total, a.all_asked, a.supplement_yes, a.suggested_level, a.final_level, "
            + "a.judgement_rationale, a.visible_high_risk, a.professional_judgement, a.potential_escalation, "
            + "a.call_outs_in_window, a.version";

    private final JdbcClient jdbc;

    public AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new assessment in progress. */
    public record NewDraft(long incidentId, long victimId, String victimName, String instrumentCode,
                           int instrumentVersion, List<String> supplements, String assessor, String assessorName,
                           String assessorTeam, Instant startedAt, String owningAgency) {
    }

    /** The new draft's id; empty when the victim already has one at the incident (a second click). */
    public Optional<Long> insertDraft(NewDraft draft) {
        return jdbc.sql("INSERT INTO risk.assessment (incident_id, victim_id, victim_name, instrument_code, "
                        + "instrument_version, supplements, status, assessor, assessor_name, assessor_team, started_at, "
                        + "updated_at, owning_agency) VALUES (:incident, :victim, :name, :code, :version, :supplements, "
                        + "'DRAFT', :assessor, :assessorName, :team, :at, :at, :agency) "
                        + "ON CONFLICT (incident_id, victim_id) WHERE status = 'DRAFT' DO NOTHING RETURNING id")
                .param("incident", draft.incidentId()).param("victim", draft.victimId()).param("name", draft.victimName())
                .param("code", draft.instrumentCode()).param("version", draft.instrumentVersion())
                .param("supplements", String.join(",", draft.supplements())).param("assessor", draft.assessor())
                .param("assessorName", draft.assessorName()).param("team", draft.assessorTeam())
                .param("at", Timestamp.from(draft.startedAt())).param("agency", draft.owningAgency())
                .query(Long.class).optional();
    }

    public Optional<Long> draftFor(long incidentId, long victimId) {
        return jdbc.sql("SELECT id FROM risk.assessment WHERE incident_id = :incident AND victim_id = :victim "
                        + "AND status = 'DRAFT'")
                .param("incident", incidentId).param("victim", victimId).query(Long.class).optional();
    }

    public Optional<Assessment> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM risk.assessment a WHERE a.id = :id").param("id", id)
                .query((rs, n) -> assessment(rs, answers(id))).optional();
    }

    public String owningAgency(long id) {
        return jdbc.sql("SELECT owning_agency FROM risk.assessment WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    public List<Assessment.GivenAnswer> answers(long assessmentId) {
        return jdbc.sql("SELECT instrument_code, question_id, answer, not_asked_reason FROM risk.answer "
                        + "WHERE assessment_id = :id ORDER BY instrument_code, question_id")
                .param("id", assessmentId)
                .query((rs, n) -> new Assessment.GivenAnswer(rs.getString(1), rs.getString(2),
                        Answer.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    public void putAnswer(long assessmentId, Assessment.GivenAnswer answer) {
        jdbc.sql("INSERT INTO risk.answer (assessment_id, instrument_code, question_id, answer, not_asked_reason) "
                        + "VALUES (:id, :code, :question, :answer, :reason) ON CONFLICT (assessment_id, instrument_code, "
                        + "question_id) DO UPDATE SET answer = EXCLUDED.answer, not_asked_reason = EXCLUDED.not_asked_reason")
                .param("id", assessmentId).param("code", answer.instrumentCode()).param("question", answer.questionId())
                .param("answer", answer.answer().name()).param("reason", answer.notAskedReason()).update();
    }

    /** Moves a draft on a version; false when someone else changed it first or it is no longer a draft. */
    public boolean touchDraft(long id, int version, String victimView, boolean changeView, Instant at) {
        return jdbc.sql("UPDATE risk.assessment SET version = version + 1, updated_at = :at, "
                        + "victim_view = CASE WHEN :changeView THEN :view ELSE victim_view END "
                        + "WHERE id = :id AND version = :version AND status = 'DRAFT'")
                .param("id", id).param("version", version).param("at", Timestamp.from(at))
                .param("changeView", changeView).param("view", victimView).update() == 1;
    }

    /** The result of completing an assessment. */
    public record Completion(int yesCount, int asked, int questions, boolean allAsked, int supplementYes,
                             RiskLevel suggested, RiskLevel finalLevel, String rationale, Set<MaracCriterion> criteria,
                             int callOuts, Instant completedAt) {
    }

    public boolean complete(long id, int version, Completion c) {
        return jdbc.sql("UPDATE risk.assessment SET status = 'COMPLETED', version = version + 1, updated_at = :at, "
                        + "completed_at = :at, yes_count = :yes, questions_asked = :asked, questions_total = :total, "
                        + "all_asked = :allAsked, supplement_yes = :supplementYes, suggested_level = :suggested, "
                        + "final_level = :final, judgement_rationale = :rationale, visible_high_risk = :visible, "
                        + "professional_judgement = :judgement, potential_escalation = :escalation, "
                        + "call_outs_in_window = :callOuts WHERE id = :id AND version = :version AND status = 'DRAFT'")
                .param("id", id).param("version", version).param("at", Timestamp.from(c.completedAt()))
                .param("yes", c.yesCount()).param("asked", c.asked()).param("total", c.questions())
                .param("allAsked", c.allAsked()).param("supplementYes", c.supplementYes())
                .param("suggested", c.suggested().name()).param("final", c.finalLevel().name())
                .param("rationale", c.rationale())
                .param("visible", c.criteria().contains(MaracCriterion.VISIBLE_HIGH_RISK))
                .param("judgement", c.criteria().contains(MaracCriterion.PROFESSIONAL_JUDGEMENT))
                .param("escalation", c.criteria().contains(MaracCriterion.POTENTIAL_ESCALATION))
                .param("callOuts", c.callOuts()).update() == 1;
    }

    /** The incident's assessments (answers left out), oldest first. */
    public List<Assessment> forIncident(long incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM risk.assessment a WHERE a.incident_id = :incident ORDER BY a.id")
                .param("incident", incidentId).query((rs, n) -> assessment(rs, List.of())).list();
    }

    /** The victim's completed assessments (answers left out), newest first, with their incidents' references. */
    public List<Map.Entry<Assessment, String>> completedFor(long victimId, String onlyAgency) {
        return jdbc.sql("SELECT " + COLUMNS + ", i.reference FROM risk.assessment a JOIN intake.incident i ON i.id = a.incident_id "
                        + "WHERE a.victim_id = :victim AND a.status = 'COMPLETED' "
                        + "AND (CAST(:agency AS varchar) IS NULL OR a.owning_agency = :agency) ORDER BY a.completed_at DESC, a.id DESC")
                .param("victim", victimId).param("agency", onlyAgency)
                .query((rs, n) -> Map.entry(assessment(rs, List.of()), rs.getString("reference"))).list();
    }

    /** Each victim's newest completed assessment (answers left out): their current level. */
    public Map<Long, Assessment> current(Collection<Long> victimIds) {
        Map<Long, Assessment> current = new HashMap<>();
        if (victimIds.isEmpty()) {
            return current;
        }
        jdbc.sql("SELECT DISTINCT ON (a.victim_id) " + COLUMNS + " FROM risk.assessment a "
                        + "WHERE a.victim_id = ANY(:ids) AND a.status = 'COMPLETED' ORDER BY a.victim_id, a.completed_at DESC, a.id DESC")
                .param("ids", victimIds.stream().mapToLong(Long::longValue).toArray())
                .query(rs -> {
                    Assessment a = assessment(rs, List.of());
                    current.put(a.victimId(), a);
                });
        return current;
    }

    public String incidentReference(long incidentId) {
        return jdbc.sql("SELECT reference FROM intake.incident WHERE id = :id").param("id", incidentId)
                .query(String.class).optional().orElse("incident " + incidentId);
    }

    static Assessment assessment(ResultSet rs, List<Assessment.GivenAnswer> answers) throws SQLException {
        Set<MaracCriterion> criteria = EnumSet.noneOf(MaracCriterion.class);
        if (rs.getBoolean("visible_high_risk")) {
            criteria.add(MaracCriterion.VISIBLE_HIGH_RISK);
        }
        if (rs.getBoolean("professional_judgement")) {
            criteria.add(MaracCriterion.PROFESSIONAL_JUDGEMENT);
        }
        if (rs.getBoolean("potential_escalation")) {
            criteria.add(MaracCriterion.POTENTIAL_ESCALATION);
        }
        String supplements = rs.getString("supplements");
        return new Assessment(rs.getLong("id"), rs.getLong("incident_id"), rs.getLong("victim_id"),
                rs.getString("victim_name"), rs.getString("instrument_code"), rs.getInt("instrument_version"),
                supplements.isEmpty() ? List.of() : Arrays.asList(supplements.split(",")),
                Assessment.Status.valueOf(rs.getString("status")), rs.getString("victim_view"), rs.getString("assessor"),
                rs.getString("assessor_name"), rs.getString("assessor_team"), instant(rs, "started_at"),
                instant(rs, "updated_at"), instant(rs, "completed_at"), integer(rs, "yes_count"),
                integer(rs, "questions_asked"), integer(rs, "questions_total"),
                (Boolean) rs.getObject("all_asked"), integer(rs, "supplement_yes"), level(rs, "suggested_level"),
                level(rs, "final_level"), rs.getString("judgement_rationale"), criteria,
                integer(rs, "call_outs_in_window"), rs.getInt("version"), answers);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static RiskLevel level(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : RiskLevel.valueOf(value);
    }

    // ---- Re-assessments

    public long insertReassessment(long victimId, String victimName, long incidentId, long assessmentId, String reason,
                                   String owner, String requestedBy, Instant at) {
        return jdbc.sql("INSERT INTO risk.reassessment (victim_id, victim_name, incident_id, assessment_id, reason, owner, "
                        + "requested_by, requested_at) VALUES (:victim, :name, :incident, :assessment, :reason, :owner, :by, :at) "
                        + "RETURNING id")
                .param("victim", victimId).param("name", victimName).param("incident", incidentId)
                .param("assessment", assessmentId).param("reason", reason).param("owner", owner)
                .param("by", requestedBy).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** The open re-assessment reasons for each victim. */
    public Map<Long, String> openReassessments(Collection<Long> victimIds) {
        Map<Long, String> open = new HashMap<>();
        if (victimIds.isEmpty()) {
            return open;
        }
        jdbc.sql("SELECT victim_id, reason FROM risk.reassessment WHERE victim_id = ANY(:ids) AND done_at IS NULL ORDER BY id")
                .param("ids", victimIds.stream().mapToLong(Long::longValue).toArray())
                .query(rs -> {
                    open.putIfAbsent(rs.getLong(1), rs.getString(2));
                });
        return open;
    }

    /** Re-assessments waiting, oldest first: for the owner's list. */
    public record OpenReassessment(long id, long victimId, String victimName, long incidentId, String reference,
                                   String reason, String owner, Instant requestedAt) {
    }

    public List<OpenReassessment> openReassessments(int limit) {
        return jdbc.sql("SELECT r.id, r.victim_id, r.victim_name, r.incident_id, i.reference, r.reason, r.owner, r.requested_at "
                        + "FROM risk.reassessment r JOIN intake.incident i ON i.id = r.incident_id WHERE r.done_at IS NULL "
                        + "ORDER BY r.requested_at LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new OpenReassessment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant())).list();
    }

    public void closeReassessments(long victimId, long doneBy, Instant at) {
        jdbc.sql("UPDATE risk.reassessment SET done_by = :doneBy, done_at = :at WHERE victim_id = :victim AND done_at IS NULL")
                .param("doneBy", doneBy).param("at", Timestamp.from(at)).param("victim", victimId).update();
    }

    // ---- Completion audit

    /** Completed assessments and how many had all questions asked, grouped by {@code grouping}. */
    public enum Grouping {
        OVERALL("'All assessments'"),
        OFFICER("a.assessor_name || ' (' || a.assessor || ')'"),
        TEAM("coalesce(a.assessor_team, 'No team')"),
        MONTH("to_char(a.completed_at AT TIME ZONE 'Europe/London', 'YYYY-MM')");

        private final String expression;

        Grouping(String expression) {
            this.expression = expression;
        }
    }

    public record CompletionCount(String name, long assessments, long allAsked) {
    }

    public List<CompletionCount> completion(Grouping grouping, Instant from, Instant to, int limit) {
        // The grouping expression is one of the constants above, never user input.
        // Months in order; officers and teams with the lowest share of complete assessments first.
        String order = grouping == Grouping.MONTH ? "1" : "count(*) FILTER (WHERE a.all_asked) * 1.0 / count(*), 1";
        return jdbc.sql("SELECT " + grouping.expression + ", count(*), count(*) FILTER (WHERE a.all_asked) "
                        + "FROM risk.assessment a WHERE a.status = 'COMPLETED' AND a.completed_at >= :from "
                        + "AND a.completed_at < :to GROUP BY 1 ORDER BY " + order + " LIMIT :limit")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, n) -> new CompletionCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    public record NotAskedCount(String instrumentCode, int instrumentVersion, String questionId, long times) {
    }

    public List<NotAskedCount> mostNotAsked(Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT n.instrument_code, max(a.instrument_version), n.question_id, count(*) "
                        + "FROM risk.answer n JOIN risk.assessment a ON a.id = n.assessment_id "
                        + "WHERE n.answer = 'NOT_ASKED' AND a.status = 'COMPLETED' AND a.completed_at >= :from "
                        + "AND a.completed_at < :to GROUP BY n.instrument_code, n.question_id ORDER BY 4 DESC, 3 LIMIT :limit")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, n) -> new NotAskedCount(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4))).list();
    }

    /** The most common reasons (compared ignoring case and spacing) a question was not asked. */
    public List<Map.Entry<String, Long>> notAskedReasons(String instrumentCode, String questionId, Instant from,
                                                         Instant to, int limit) {
        return jdbc.sql("SELECT min(trim(n.not_asked_reason)), count(*) FROM risk.answer n "
                        + "JOIN risk.assessment a ON a.id = n.assessment_id WHERE n.answer = 'NOT_ASKED' "
                        + "AND n.instrument_code = :code AND n.question_id = :question AND a.status = 'COMPLETED' "
                        + "AND a.completed_at >= :from AND a.completed_at < :to "
                        + "GROUP BY lower(regexp_replace(trim(n.not_asked_reason), '\\s+', ' ', 'g')) ORDER BY 2 DESC, 1 LIMIT :limit")
                .param("code", instrumentCode).param("question", questionId).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
    }
}
