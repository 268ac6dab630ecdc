package org.safeguard.risk;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.risk.rules.DipSampleDraw;
import org.safeguard.risk.rules.ReviewerAgreement;
import org.safeguard.risk.store.AssessmentStore;
import org.safeguard.risk.store.DipSampleStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dip sampling (HMIC recommendation 7): each week a share (default 10%) of the standard and medium
 * assessments completed in it is drawn at random with a recorded seed, and each drawn assessment is
 * given to a domestic abuse specialist other than the assessor, who records the level they judge right
 * and a comment. A higher level is an upgrade: the victim's risk must be assessed again, so a
 * re-assessment is opened and {@link ReassessmentRequested} published. Weeks run Monday to Sunday, UK time.
 */
@Service
public class DipSamples {

    static final String DRAWS = "hasAnyRole('SUPERVISOR','DA_SPECIALIST')";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int MAX_COMMENT = 4000;

    private final DipSampleStore store;
    private final AssessmentStore assessments;
    private final StaffDirectory staff;
    private final RiskSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    DipSamples(DipSampleStore store, AssessmentStore assessments, StaffDirectory staff, RiskSettings settings,
               AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.assessments = assessments;
        this.staff = staff;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Draws the sample for the week starting {@code weekStart} (a Monday, in the past) with the seed
     * given, or a new random seed when null; the seed is recorded. A week is drawn once.
     */
    @PreAuthorize(DRAWS)
    @Transactional
    public DipSample draw(LocalDate weekStart, Long seed) {
        return drawAs(weekStart, seed, SignedInStaff.current().username());
    }

    DipSample drawAs(LocalDate weekStart, Long seed, String drawnBy) {
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(weekStart != null, "weekStart", "Enter the Monday the week starts on, like 16/11/2026");
        check.throwIfAny();
        check.require(weekStart.getDayOfWeek() == DayOfWeek.MONDAY, "weekStart", "Weeks start on a Monday: "
                        + "enter a Monday's date")
                .require(!weekStart.plusWeeks(1).isAfter(LocalDate.now(clock.withZone(LONDON))), "weekStart",
                        "Draw a week once it has ended");
        check.throwIfAny();
        if (store.sampleForWeek(weekStart).isPresent()) {
            throw InvalidRequest.of("weekStart", "The week starting " + weekStart + " has been drawn already");
        }
        long used = seed == null ? seeds.nextLong() : seed;
        List<DipSampleStore.Candidate> candidates = store.candidates(
                weekStart.atStartOfDay(LONDON).toInstant(), weekStart.plusWeeks(1).atStartOfDay(LONDON).toInstant());
        Map<Long, String> assessorOf = new LinkedHashMap<>();
        candidates.forEach(c -> assessorOf.put(c.assessmentId(), c.assessor()));
        // The share as stored (4 decimal places), so the recorded share and seed give this draw again.
        double share = Math.round(settings.dipSampleShare() * 10_000) / 10_000.0;
        List<Long> drawn = DipSampleDraw.draw(new ArrayList<>(assessorOf.keySet()), share, used);
        Map<String, Integer> waiting = new LinkedHashMap<>();
        Map<String, Integer> open = store.waitingCounts();
        staff.activeAccountsHolding(Role.DA_SPECIALIST).forEach(
                account -> waiting.put(account.username(), open.getOrDefault(account.username(), 0)));
        List<String> assigned = DipSampleDraw.assignReviewers(drawn.stream().map(assessorOf::get).toList(), waiting);
        long sampleId = store.insertSample(weekStart, share, used, candidates.size(), clock.instant(), drawnBy)
                .orElseThrow(() -> InvalidRequest.of("weekStart", "The week starting " + weekStart + " has been drawn already"));
        for (int i = 0; i < drawn.size(); i++) {
            store.insertReview(sampleId, drawn.get(i), assigned.get(i));
        }
        audit.record(AuditEvent.of("DIP_SAMPLE_DRAWN", "dip_sample", sampleId)
                .because("week " + weekStart + ", seed " + used));
        return store.sample(sampleId).orElseThrow();
    }

    /** Draws last week's sample if nobody has (the weekly job); empty when it was drawn already. */
    @Transactional
    public Optional<DipSample> drawLastWeek(String drawnBy) {
        LocalDate thisMonday = LocalDate.now(clock.withZone(LONDON)).with(DayOfWeek.MONDAY);
        LocalDate lastMonday = thisMonday.minusWeeks(1);
        if (store.sampleForWeek(lastMonday).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(drawAs(lastMonday, null, drawnBy));
    }

    @PreAuthorize(DRAWS + " or hasRole('ANALYST')")
    @Transactional
    public List<DipSample> samples() {
        audit.record(AuditEvent.of("DIP_SAMPLES_LISTED", "dip_sample", null));
        return store.samples(104);
    }

    @PreAuthorize(DRAWS + " or hasRole('ANALYST')")
    @Transactional
    public Map.Entry<DipSample, List<DipReview>> sample(long id) {
        DipSample sample = store.sample(id).orElseThrow(() -> new RecordNotFound("dip sample", id));
        audit.record(AuditEvent.of("DIP_SAMPLE_VIEWED", "dip_sample", id));
        return Map.entry(sample, store.reviewsIn(id));
    }

    /** Reviews given to the signed-in specialist and not yet recorded. */
    @PreAuthorize("hasRole('DA_SPECIALIST')")
    @Transactional
    public List<DipReview> waitingForMe() {
        audit.record(AuditEvent.of("DIP_REVIEWS_LISTED", "dip_review", null));
        return store.waitingFor(SignedInStaff.current().username(), 200);
    }

    @PreAuthorize(DRAWS)
    @Transactional
    public DipReview review(long id) {
        DipReview review = store.review(id).orElseThrow(() -> new RecordNotFound("dip review", id));
        audit.record(AuditEvent.of("DIP_REVIEW_VIEWED", "dip_review", id));
        return review;
    }

    /**
     * Records a specialist's review: the level they judge right and a comment. Nobody reviews their own
     * assessment. An upgrade opens a re-assessment for the assessor and publishes {@link ReassessmentRequested}.
     */
    @PreAuthorize("hasRole('DA_SPECIALIST')")
    @Transactional
    public DipReview record(long id, int version, String level, String comment) {
        SignedInStaff reviewer = SignedInStaff.current();
        DipReview review = store.review(id).orElseThrow(() -> new RecordNotFound("dip review", id));
        if (review.assessor().equals(reviewer.username())) {
            throw new AccessDeniedException("Nobody reviews their own assessment");
        }
        RiskLevel judged = RiskLevel.named(level);
        new InvalidRequest.Check()
                .require(judged != null, "level", "Choose the level you judge right: standard, medium or high")
                .require(comment != null && !comment.isBlank(), "comment", "Say why, in a sentence or two")
                .require(comment == null || comment.length() <= MAX_COMMENT, "comment", "The comment must be 4,000 characters or fewer")
                .throwIfAny();
        if (review.reviewed() || !store.recordReview(id, version, reviewer.username(), judged, comment.strip(), clock.instant())) {
            throw new ConcurrentEdit("This dip-sample review");
        }
        audit.record(AuditEvent.of("DIP_REVIEW_RECORDED", "dip_review", id));
        if (judged.isAbove(review.assessedLevel())) {
            String reason = "Dip-sample review judged the level " + judged.label().toLowerCase() + ", not "
                    + review.assessedLevel().label().toLowerCase() + ": " + comment.strip();
            long reassessment = assessments.insertReassessment(victimOf(review), review.victimName(), review.incidentId(),
                    review.assessmentId(), reason.length() > MAX_COMMENT ? reason.substring(0, MAX_COMMENT) : reason,
                    review.assessor(), reviewer.username(), clock.instant());
            audit.record(AuditEvent.of("REASSESSMENT_REQUESTED", "assessment", review.assessmentId()));
            events.publishEvent(new ReassessmentRequested(reassessment, victimOf(review), review.incidentId(),
                    review.assessmentId(), review.assessor(), reason, clock.instant()));
        }
        return store.review(id).orElseThrow();
    }

    private long victimOf(DipReview review) {
        return assessments.find(review.assessmentId()).orElseThrow().victimId();
    }

    /**
     * How far reviewers agreed with assessors in the weeks starting in [from, to], as counts only (no assessment,
     * person or team): for the performance dashboard, which audits its own view, so this read is not audited again.
     */
    @PreAuthorize(DRAWS + " or hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public Agreement agreement(LocalDate from, LocalDate to) {
        List<DipReview> reviewed = store.reviewedInWeeks(from, to.plusDays(1)).stream()
                .filter(DipReview::reviewed).toList();
        ReviewerAgreement.Result overall = ReviewerAgreement.of(pairs(reviewed));
        return new Agreement(overall.reviews(), overall.agreed(), overall.kappa());
    }

    /** Reviews in a period, those agreeing with the assessor's level, and Cohen's kappa (null when undefined). */
    public record Agreement(int reviews, int agreed, Double kappa) {
    }

    /** Agreement between reviewers and assessors for the weeks starting in [from, to]. */
    @PreAuthorize(DRAWS + " or hasRole('ANALYST')")
    @Transactional
    public DipSampleReport report(LocalDate from, LocalDate to) {
        List<DipReview> all = store.reviewedInWeeks(from, to.plusDays(1));
        List<DipReview> reviewed = all.stream().filter(DipReview::reviewed).toList();
        ReviewerAgreement.Result overall = ReviewerAgreement.of(pairs(reviewed));
        Map<String, List<DipReview>> byTeam = new LinkedHashMap<>();
        reviewed.forEach(r -> byTeam.computeIfAbsent(r.assessorTeam() == null ? "No team" : r.assessorTeam(),
                t -> new ArrayList<>()).add(r));
        List<DipSampleReport.Team> teams = byTeam.entrySet().stream().map(e -> {
            ReviewerAgreement.Result result = ReviewerAgreement.of(pairs(e.getValue()));
            return new DipSampleReport.Team(e.getKey(), result.reviews(), result.agreed(), result.upgrades());
        }).sorted(java.util.Comparator.comparing(DipSampleReport.Team::upgrades).reversed()
                .thenComparing(DipSampleReport.Team::team)).toList();
        Map<RiskLevel, int[]> cells = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            cells.put(level, new int[RiskLevel.values().length]);
        }
        reviewed.forEach(r -> cells.get(r.assessedLevel())[r.reviewerLevel().ordinal()]++);
        List<List<Integer>> matrix = cells.values().stream()
                .map(row -> java.util.Arrays.stream(row).boxed().toList()).toList();
        audit.record(AuditEvent.of("DIP_SAMPLE_REPORT_VIEWED", "dip_sample", null));
        return new DipSampleReport(from, to, all.size(), overall.reviews(), overall.agreed(), overall.kappa(),
                overall.upgrades(), overall.downgrades(), teams, matrix);
    }

    private static List<ReviewerAgreement.Pair> pairs(List<DipReview> reviews) {
        return reviews.stream().map(r -> new ReviewerAgreement.Pair(r.assessedLevel(), r.reviewerLevel())).toList();
    }
}
