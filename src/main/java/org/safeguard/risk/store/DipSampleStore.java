package org.safeguard.risk.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguard.risk.DipReview;
import org.safeguard.risk.DipSample;
import org.safeguard.risk.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Weekly dip samples and their reviews. */
@Repository
public class DipSampleStore {

    private static final String SAMPLE = "SELECT s.id, s.week_start, s.share, s.seed, s.candidates, "
            + "(SELECT count(*) FROM risk.dip_review r WHERE r.sample_id = s.id), "
            + "(SELECT count(*) FROM risk.dip_review r WHERE r.sample_id = s.id AND r.reviewed_at IS NOT NULL), "
            + "s.drawn_at, s.drawn_by FROM risk.dip_sample s ";
    private static final String REVIEW = "SELECT r.id, r.sample_id, r.assessment_id, a.incident_id, a.victim_name, "
            + "a.assessor, a.assessor_team, a.final_level, a.completed_at, r.assigned_to, r.reviewer, r.reviewer_level, "
            + "r.comment, r.reviewed_at, r.version FROM risk.dip_review r JOIN risk.assessment a ON a.id = r.assessment_id ";

    private final JdbcClient jdbc;

    public DipSampleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A completed standard or medium assessment that could be drawn, with who made it. */
    public record Candidate(long assessmentId, String assessor) {
    }

    /** Completed standard and medium assessments completed in [from, to): a week's candidates (each week is drawn once). */
    public List<Candidate> candidates(Instant from, Instant to) {
        return jdbc.sql("SELECT a.id, a.assessor FROM risk.assessment a WHERE a.status = 'COMPLETED' "
                        + "AND a.final_level IN ('STANDARD', 'MEDIUM') AND a.completed_at >= :from AND a.completed_at < :to "
                        + "ORDER BY a.id")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2))).list();
    }

    /** The new sample's id, or empty when that week was drawn already. */
    public Optional<Long> insertSample(LocalDate weekStart, double share, long seed, int candidates, Instant at, String by) {
        return jdbc.sql("INSERT INTO risk.dip_sample (week_start, share, seed, candidates, drawn_at, drawn_by) "
                        + "VALUES (:week, :share, :seed, :candidates, :at, :by) ON CONFLICT (week_start) DO NOTHING RETURNING id")
                .param("week", weekStart).param("share", BigDecimal.valueOf(share)).param("seed", seed)
                .param("candidates", candidates).param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).optional();
    }

    public void insertReview(long sampleId, long assessmentId, String assignedTo) {
        jdbc.sql("INSERT INTO risk.dip_review (sample_id, assessment_id, assigned_to) VALUES (:sample, :assessment, :to)")
                .param("sample", sampleId).param("assessment", assessmentId).param("to", assignedTo).update();
    }

    public List<DipSample> samples(int limit) {
        return jdbc.sql(SAMPLE + "ORDER BY s.week_start DESC LIMIT :limit").param("limit", limit)
                .query((rs, n) -> sample(rs)).list();
    }

    public Optional<DipSample> sample(long id) {
        return jdbc.sql(SAMPLE + "WHERE s.id = :id").param("id", id).query((rs, n) -> sample(rs)).optional();
    }

    public Optional<DipSample> sampleForWeek(LocalDate weekStart) {
        return jdbc.sql(SAMPLE + "WHERE s.week_start = :week").param("week", weekStart)
                .query((rs, n) -> sample(rs)).optional();
    }

    public List<DipReview> reviewsIn(long sampleId) {
        return jdbc.sql(REVIEW + "WHERE r.sample_id = :sample ORDER BY r.id").param("sample", sampleId)
                .query((rs, n) -> review(rs)).list();
    }

    public List<DipReview> waitingFor(String username, int limit) {
        return jdbc.sql(REVIEW + "WHERE r.assigned_to = :user AND r.reviewed_at IS NULL ORDER BY r.id LIMIT :limit")
                .param("user", username).param("limit", limit).query((rs, n) -> review(rs)).list();
    }

    public Optional<DipReview> review(long id) {
        return jdbc.sql(REVIEW + "WHERE r.id = :id").param("id", id).query((rs, n) -> review(rs)).optional();
    }

    public Optional<DipReview> reviewOf(long assessmentId) {
        return jdbc.sql(REVIEW + "WHERE r.assessment_id = :id").param("id", assessmentId)
                .query((rs, n) -> review(rs)).optional();
    }

    /** How many reviews wait for each reviewer they were given to. */
    public java.util.Map<String, Integer> waitingCounts() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT assigned_to, count(*) FROM risk.dip_review WHERE reviewed_at IS NULL AND assigned_to IS NOT NULL "
                        + "GROUP BY assigned_to")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** False when someone else recorded or changed the review first. */
    public boolean recordReview(long id, int version, String reviewer, RiskLevel level, String comment, Instant at) {
        return jdbc.sql("UPDATE risk.dip_review SET reviewer = :reviewer, reviewer_level = :level, comment = :comment, "
                        + "reviewed_at = :at, version = version + 1 WHERE id = :id AND version = :version AND reviewed_at IS NULL")
                .param("id", id).param("version", version).param("reviewer", reviewer).param("level", level.name())
                .param("comment", comment).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Reviews recorded for samples of weeks starting in [from, to). */
    public List<DipReview> reviewedInWeeks(LocalDate from, LocalDate to) {
        return jdbc.sql(REVIEW + "JOIN risk.dip_sample s ON s.id = r.sample_id WHERE s.week_start >= :from "
                        + "AND s.week_start < :to ORDER BY r.id")
                .param("from", from).param("to", to).query((rs, n) -> review(rs)).list();
    }

    private static DipSample sample(ResultSet rs) throws SQLException {
        return new DipSample(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), rs.getLong(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9));
    }

    private static DipReview review(ResultSet rs) throws SQLException {
        Timestamp reviewed = rs.getTimestamp(14);
        String reviewerLevel = rs.getString(12);
        return new DipReview(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), RiskLevel.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant(),
                rs.getString(10), rs.getString(11), reviewerLevel == null ? null : RiskLevel.valueOf(reviewerLevel),
                rs.getString(13), reviewed == null ? null : reviewed.toInstant(), rs.getInt(15));
    }
}
