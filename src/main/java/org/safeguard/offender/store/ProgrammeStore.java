package org.safeguard.offender.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.offender.ProgrammeReferral;
import org.safeguard.offender.ProgrammeReferral.Rating;
import org.safeguard.offender.ProgrammeReferral.Review;
import org.safeguard.offender.ProgrammeReferral.SuitabilityFactor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programme referrals and their case-management reviews ({@code offender.programme_referral}, {@code programme_review}). */
@Repository
public class ProgrammeStore {

    // Each suitability factor's column is its name in lower case (motivation, awareness_of_harm...).
    private static final String REFERRAL = "SELECT id, person_id, programme, referred_at, referred_by, motivation, "
            + "accountability, awareness_of_harm, mental_health, substance_misuse, risk, assessment_notes, pathway, "
            + "pathway_reason, status, closed_at, closed_reason, version FROM offender.programme_referral ";
    private static final String REVIEW = "SELECT id, referral_id, kind, reason, due_at, done_at, done_by, outcome "
            + "FROM offender.programme_review ";

    private final JdbcClient jdbc;

    public ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A review due, with the referral it belongs to. */
    public record DueReview(Review review, long personId, String programme) {
    }

    public long insertReferral(long personId, String programme, Instant at, String by,
                               Map<SuitabilityFactor, Rating> assessment, String notes) {
        return jdbc.sql("INSERT INTO offender.programme_referral (person_id, programme, referred_at, referred_by, motivation, "
                        + "accountability, awareness_of_harm, mental_health, substance_misuse, risk, assessment_notes) "
                        + "VALUES (:person, :programme, :at, :by, :motivation, :accountability, :awareness, :mental, "
                        + ":substance, :risk, :notes) RETURNING id")
                .param("person", personId).param("programme", programme).param("at", Timestamp.from(at)).param("by", by)
                .param("motivation", assessment.get(SuitabilityFactor.MOTIVATION).name())
                .param("accountability", assessment.get(SuitabilityFactor.ACCOUNTABILITY).name())
                .param("awareness", assessment.get(SuitabilityFactor.AWARENESS_OF_HARM).name())
                .param("mental", assessment.get(SuitabilityFactor.MENTAL_HEALTH).name())
                .param("substance", assessment.get(SuitabilityFactor.SUBSTANCE_MISUSE).name())
                .param("risk", assessment.get(SuitabilityFactor.RISK).name())
                .param("notes", notes).query(Long.class).single();
    }

    public long insertReview(long referralId, Review.Kind kind, String reason, Instant dueAt) {
        return jdbc.sql("INSERT INTO offender.programme_review (referral_id, kind, reason, due_at) "
                        + "VALUES (:referral, :kind, :reason, :due) RETURNING id")
                .param("referral", referralId).param("kind", kind.name()).param("reason", reason)
                .param("due", Timestamp.from(dueAt)).query(Long.class).single();
    }

    public Optional<ProgrammeReferral> find(long id) {
        return jdbc.sql(REFERRAL + "WHERE id = :id").param("id", id).query((rs, n) -> referral(rs)).optional()
                .map(this::withReviews);
    }

    /** The referral, its row locked until the transaction ends (a pathway, an alert, a review or closing waits). */
    public Optional<ProgrammeReferral> lock(long id) {
        return jdbc.sql(REFERRAL + "WHERE id = :id FOR UPDATE").param("id", id).query((rs, n) -> referral(rs)).optional()
                .map(this::withReviews);
    }

    /** The referrals of any of these person records, latest first. */
    public List<ProgrammeReferral> forPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REFERRAL + "WHERE person_id = ANY(:ids) ORDER BY referred_at DESC, id DESC")
                .param("ids", personIds.stream().mapToLong(Long::longValue).toArray())
                .query((rs, n) -> referral(rs)).list().stream().map(this::withReviews).toList();
    }

    /** Replaces the pathway and its reason on the version the user saw; false when it has changed since. */
    public boolean setPathway(long id, int version, ProgrammeReferral.Pathway pathway, String reason) {
        return jdbc.sql("UPDATE offender.programme_referral SET pathway = :pathway, pathway_reason = :reason, "
                        + "version = version + 1 WHERE id = :id AND version = :version AND status = 'OPEN'")
                .param("pathway", pathway.name()).param("reason", reason).param("id", id).param("version", version)
                .update() == 1;
    }

    public boolean close(long id, int version, ProgrammeReferral.Status status, String reason, Instant at) {
        return jdbc.sql("UPDATE offender.programme_referral SET status = :status, closed_reason = :reason, closed_at = :at, "
                        + "version = version + 1 WHERE id = :id AND version = :version AND status = 'OPEN'")
                .param("status", status.name()).param("reason", reason).param("at", Timestamp.from(at)).param("id", id)
                .param("version", version).update() == 1;
    }

    public Optional<Review> review(long reviewId) {
        return jdbc.sql(REVIEW + "WHERE id = :id").param("id", reviewId).query((rs, n) -> review(rs)).optional();
    }

    /** Marks the review done; false when it already was. */
    public boolean completeReview(long reviewId, String by, String outcome, Instant at) {
        return jdbc.sql("UPDATE offender.programme_review SET done_at = :at, done_by = :by, outcome = :outcome "
                        + "WHERE id = :id AND done_at IS NULL")
                .param("at", Timestamp.from(at)).param("by", by).param("outcome", outcome).param("id", reviewId)
                .update() == 1;
    }

    /** Reviews not done of open referrals, soonest due first (so the overdue come first of all). */
    public List<DueReview> due(int limit) {
        return jdbc.sql("SELECT v.id, v.referral_id, v.kind, v.reason, v.due_at, v.done_at, v.done_by, v.outcome, "
                        + "r.person_id, r.programme FROM offender.programme_review v "
                        + "JOIN offender.programme_referral r ON r.id = v.referral_id "
                        + "WHERE v.done_at IS NULL AND r.status = 'OPEN' ORDER BY v.due_at, v.id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new DueReview(review(rs), rs.getLong("person_id"), rs.getString("programme"))).list();
    }

    private ProgrammeReferral withReviews(ProgrammeReferral referral) {
        List<Review> reviews = jdbc.sql(REVIEW + "WHERE referral_id = :id ORDER BY due_at, id").param("id", referral.id())
                .query((rs, n) -> review(rs)).list();
        return new ProgrammeReferral(referral.id(), referral.personId(), referral.programme(), referral.referredAt(),
                referral.referredBy(), referral.assessment(), referral.assessmentNotes(), referral.pathway(),
                referral.pathwayReason(), referral.status(), referral.closedAt(), referral.closedReason(), reviews,
                referral.version());
    }

    private static ProgrammeReferral referral(ResultSet rs) throws SQLException {
        Map<SuitabilityFactor, Rating> assessment = new EnumMap<>(SuitabilityFactor.class);
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            assessment.put(factor, Rating.valueOf(rs.getString(factor.name().toLowerCase())));
        }
        String pathway = rs.getString("pathway");
        return new ProgrammeReferral(rs.getLong("id"), rs.getLong("person_id"), rs.getString("programme"),
                rs.getTimestamp("referred_at").toInstant(), rs.getString("referred_by"), assessment,
                rs.getString("assessment_notes"), pathway == null ? null : ProgrammeReferral.Pathway.valueOf(pathway),
                rs.getString("pathway_reason"), ProgrammeReferral.Status.valueOf(rs.getString("status")),
                instant(rs, "closed_at"), rs.getString("closed_reason"), new ArrayList<>(), rs.getInt("version"));
    }

    private static Review review(ResultSet rs) throws SQLException {
        return new Review(rs.getLong("id"), rs.getLong("referral_id"), Review.Kind.valueOf(rs.getString("kind")),
                rs.getString("reason"), rs.getTimestamp("due_at").toInstant(), instant(rs, "done_at"),
                rs.getString("done_by"), rs.getString("outcome"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
